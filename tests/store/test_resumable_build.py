"""A build stopped part way resumes where it stood (issue 24): killed, interrupted, or with files changed since."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from indexer import build_index, open_index, search
from indexer.store import build, resume
from tests.conftest import ROOT, copy_corpus

BUILD_STOPPING_EVERY_FILE = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from indexer.store import resume
resume.CHECKPOINT_SECONDS = 0  # a checkpoint after every file
from indexer import build_index
build_index(sys.argv[1], sys.argv[2], procs=1)
"""


def checkpoint(index) -> dict | None:
    for path in (index / "versions").glob(f"*/{resume.PROGRESS_FILE}"):
        try:
            return json.loads(path.read_text())
        except ValueError:  # being replaced
            return None
    return None


def answers(index_dir, query: str) -> list[str]:
    archive = open_index(str(index_dir))
    try:
        return [r["doc_id"] for r in search(archive, query)["results"]]
    finally:
        archive.close()


def doc_ids(index_dir) -> list[str]:
    archive = open_index(str(index_dir))
    try:
        return sorted(s.doc_id for s in archive.snapshot().summaries)
    finally:
        archive.close()


def test_a_build_killed_part_way_resumes_where_it_stopped(tmp_path, index_dir):
    corpus, index = copy_corpus(tmp_path / "corpus"), tmp_path / "index"
    files = len(build.corpus_files(str(corpus)))
    process = subprocess.Popen([sys.executable, "-c", BUILD_STOPPING_EVERY_FILE, str(corpus), str(index)])
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        state = checkpoint(index) if (index / "versions").exists() else None
        if state and len(state["manifest"]["files"]) >= 3:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the build ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)  # as a power cut would: nothing of the build runs after it
    process.wait()
    assert not (index / "current").exists()

    report = build_index(str(corpus), str(index), procs=1)
    assert 3 <= report.resumed_files < files
    assert report.files == files and not (index / "current" / resume.PROGRESS_FILE).exists()
    # the same archive as a build from scratch of the same files (the session's index): ids, answers
    assert doc_ids(index) == doc_ids(index_dir)
    for query in ("thông tin đối ngoại", "57-KL/TW", "ke hoach"):
        assert answers(index, query) == answers(index_dir, query)


def interrupt_build(corpus, index, monkeypatch, after: int) -> None:
    """A build of ``corpus`` stopped by Ctrl-C after ``after`` files, with a checkpoint after every file."""
    monkeypatch.setattr(resume, "CHECKPOINT_SECONDS", 0)
    parse_all = build._parse_all

    def stopped(corpus_dir, files, procs, options):
        for k, parsed in enumerate(parse_all(corpus_dir, files, procs, options)):
            if k == after:
                raise KeyboardInterrupt
            yield parsed

    monkeypatch.setattr(build, "_parse_all", stopped)
    with pytest.raises(KeyboardInterrupt):
        build_index(str(corpus), str(index), procs=1)
    monkeypatch.setattr(build, "_parse_all", parse_all)


def test_an_interrupted_build_keeps_its_work_and_indexes_again_a_file_changed_since(tmp_path, monkeypatch):
    corpus, index = copy_corpus(tmp_path / "corpus"), tmp_path / "index"
    interrupt_build(corpus, index, monkeypatch, after=3)
    done = sorted(checkpoint(index)["manifest"]["files"])
    assert len(done) == 3
    changed = corpus / done[0]
    changed.write_bytes(changed.read_bytes() + "\n\nĐoạn bổ sung về chim hải âu.\n".encode())

    report = build_index(str(corpus), str(index), procs=1)
    assert report.resumed_files == 2  # the changed file is indexed again
    assert answers(index, "chim hai au")
    ids = doc_ids(index)
    assert len(ids) == len(set(ids)) == report.documents


def test_a_stopped_build_of_another_corpus_is_not_resumed(tmp_path, monkeypatch):
    corpus, index = copy_corpus(tmp_path / "corpus"), tmp_path / "index"
    interrupt_build(corpus, index, monkeypatch, after=2)
    other = copy_corpus(tmp_path / "other")
    report = build_index(str(other), str(index), procs=1)
    assert report.resumed_files == 0
    assert [p.name for p in (index / "versions").iterdir()] == [os.path.basename(os.path.realpath(index / "current"))]


@pytest.mark.parametrize("engine", ["whoosh", "tantivy"])
def test_checkpoints_of_a_build_with_worker_processes(tmp_path, monkeypatch, engine):
    """Workers forked while a writer held tantivy's lock kept it: the writer after the first checkpoint waited
    for them, then failed (200,000 paragraphs, two workers)."""
    monkeypatch.setenv("PORTAL_ENGINE", engine)
    monkeypatch.setattr(resume, "CHECKPOINT_SECONDS", 0)
    corpus, index = copy_corpus(tmp_path / "corpus"), tmp_path / "index"
    report = build_index(str(corpus), str(index), procs=2)
    assert report.files == len(list(corpus.glob("*.*"))) and not report.skipped
    assert answers(index, "thông tin đối ngoại")

"""Uploads archived in a helper process (app.upload_process): the errors come back as they were raised,
and a helper that died is replaced."""

from __future__ import annotations

import inspect
import os
import pathlib
import pickle
import signal
import time

import pytest

import indexer
from app import errors as app_errors
from app.archivist import upload_process
from indexer import errors
from tests.app.archivists import api_upload, search_ids
from tests.office_files import plan, plan_text

ERROR_CLASSES = sorted(
    {
        cls
        for module in (errors, indexer, app_errors, upload_process)
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, errors.ArchiveError)
    },
    key=lambda cls: cls.__name__,
)


def example(cls):
    """An instance of ``cls`` made with made-up arguments of the kinds its constructor takes."""
    values = {"int": 10, "list[str]": ["kh-15"], "str | None": "Huyện uỷ", "str": "tệp.txt"}
    arguments = {}
    for name, parameter in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.default is parameter.empty:
            arguments[name] = values.get(str(parameter.annotation), "x")
    return cls(**arguments)


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_crosses_a_process_boundary_whole(cls):
    error = example(cls).for_subject("bao-cao.docx")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is cls
    assert (back.message_vi, back.message_en, back.subject, back.status, back.code, str(back)) == (
        error.message_vi,
        error.message_en,
        error.subject,
        error.status,
        error.code,
        str(error),
    )


def test_an_upload_is_archived_in_the_helper_and_a_dead_helper_is_replaced(app):  # noqa: F811
    client = app.test_client()
    first = api_upload(client, ("ke-hoach-91.txt", plan_text(plan(number=91, topic="phòng cháy")).encode()))
    assert first.status_code == 201, first.get_json()
    helper_pids = list(upload_process.start()._processes)
    assert helper_pids and os.getpid() not in helper_pids
    for pid in helper_pids:
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while (
        any(
            os.path.exists(f"/proc/{pid}") and "Z" not in pathlib.Path(f"/proc/{pid}/stat").read_text().split()[2]
            for pid in helper_pids
        )
        and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    time.sleep(0.3)  # the executor notices its process is gone
    second = api_upload(client, ("ke-hoach-92.txt", plan_text(plan(number=92, topic="chuyển đổi số")).encode()))
    assert second.status_code == 201, second.get_json()
    assert set(upload_process.start()._processes).isdisjoint(helper_pids)
    assert [d["doc_id"] for d in first.get_json()["documents"]][0] in search_ids(client, "phòng cháy 91")
    assert [d["doc_id"] for d in second.get_json()["documents"]][0] in search_ids(client, "chuyển đổi số 92")


def test_an_error_raised_in_the_helper_is_raised_here_as_it_was(app, dirs):  # noqa: F811
    corpus, index = dirs
    before = sorted(p.name for p in corpus.rglob("*"))
    with app.app_context(), pytest.raises(errors.EmptyFile) as raised:
        upload_process.archive_bytes(str(corpus), str(index), b"", "rong.txt", actor="lan", via="api")
    assert "Tệp rỗng" in raised.value.message_vi
    assert sorted(p.name for p in corpus.rglob("*")) == before

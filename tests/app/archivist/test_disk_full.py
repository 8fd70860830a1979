"""A full disk while an upload is stored: the archivist gets a clear error (507), nothing is half-written.

Two ways the disk fills: a real tmpfs of a few kilobytes mounted over the
corpus (when the tests run as root and may mount), and the kernel's ENOSPC
reported by ``fsync`` (as delayed allocation does), which runs everywhere.
"""

import errno
import hashlib
import os
import shutil
import subprocess

import pytest
from werkzeug.security import generate_password_hash

from app import create_app
from tests.app.archivists import PASSWORD, TOKEN, Archivist, api_upload, corpus_state, search_ids
from tests.office_files import plan, plan_text

BIG_PLAN = plan_text(plan(number=77, topic="chống lãng phí")).encode() + "Phụ lục.\n".encode() * 30_000  # ~300 kB


def _mount_tiny_tmpfs(folder, free_bytes: int) -> bool:
    """Mount a tmpfs over ``folder`` holding its current files and ``free_bytes`` more; False if not allowed."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    saved = folder.parent / "corpus-saved"
    shutil.copytree(folder, saved)
    used = sum(p.stat().st_size for p in saved.rglob("*") if p.is_file())
    size_kb = (used + free_bytes) // 1024 + 64  # tmpfs rounds to pages; a little room for the folder entries
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
    )
    if mounted:
        shutil.copytree(saved, folder, dirs_exist_ok=True)
    shutil.rmtree(saved)
    return mounted


@pytest.fixture(params=["tmpfs", "fsync-enospc"])
def full_disk_app(request, tmp_path, corpus_dir, index_dir, monkeypatch):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(corpus_dir, corpus)
    shutil.copytree(index_dir, index, symlinks=True)
    if request.param == "tmpfs":
        if not _mount_tiny_tmpfs(corpus, free_bytes=32 * 1024):
            pytest.skip("mounting a tmpfs needs root: the fsync-enospc case covers the same path")
        request.addfinalizer(lambda: subprocess.run(["umount", "-l", str(corpus)], check=False))
    else:
        real_fsync = os.fsync

        def fsync(fd):
            if os.readlink(f"/proc/self/fd/{fd}").startswith(str(corpus)):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_fsync(fd)

        monkeypatch.setattr(os, "fsync", fsync)
    app = create_app(
        {
            "TESTING": True,
            "CORPUS_DIR": str(corpus),
            "INDEX_DIR": str(index),
            "SYNC_ON_START": False,
            "ARCHIVISTS": {"lan": generate_password_hash(PASSWORD)},
            "API_TOKENS": f"may-quet:{hashlib.sha256(TOKEN.encode()).hexdigest()}",
            "MAX_FILE_SIZE": 1024 * 1024,
            "MAX_CONTENT_LENGTH": 4 * 1024 * 1024,
            # The patched fsync exists in this process only; the tmpfs is as full for the upload helper.
            "UPLOAD_PROCESS": request.param == "tmpfs",
        }
    )
    return app, corpus


def _no_temporary_files(corpus) -> bool:
    return not [p for p in corpus.rglob("*") if p.name.startswith(".tmp-")]


def test_an_upload_on_a_full_disk_is_a_507_and_leaves_nothing(full_disk_app):
    app, corpus = full_disk_app
    before = corpus_state(corpus)
    response = api_upload(app.test_client(), ("ke-hoach-77.txt", BIG_PLAN))
    body = response.get_json()
    assert response.status_code == 507 and body["ok"] is False
    assert "ổ đĩa đầy" in body["error"] and "chưa có gì được lưu" in body["error"]
    assert corpus_state(corpus) == before and _no_temporary_files(corpus)
    assert "77-kh-hu-lang-son-2025" not in search_ids(app.test_client(), "chong lang phi")


def test_the_archivist_sees_the_full_disk_in_the_upload_form(full_disk_app):
    app, corpus = full_disk_app
    archivist = Archivist(app.test_client())
    archivist.login()
    before = corpus_state(corpus)
    response = archivist.upload(("ke-hoach-77.txt", BIG_PLAN))
    assert response.status_code == 507
    assert "ổ đĩa đầy" in response.get_data(as_text=True)
    assert corpus_state(corpus) == before and _no_temporary_files(corpus)

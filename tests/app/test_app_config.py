"""Every setting is declared once, documented in the README, and checked when the app is made."""

import pytest

from app import create_app
from app.config import SETTINGS
from tests.conftest import ROOT


def test_every_setting_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in readme]
    assert not missing


def test_settings_come_from_the_environment(monkeypatch, corpus_dir, index_dir):
    monkeypatch.setenv("PORTAL_PER_PAGE", "3")
    monkeypatch.setenv("PORTAL_SYNC_ON_START", "no")
    app = create_app({"CORPUS_DIR": str(corpus_dir), "INDEX_DIR": str(index_dir)})
    assert app.config["PER_PAGE"] == 3 and app.config["SYNC_ON_START"] is False


@pytest.mark.parametrize("bad", [{"DEFAULT_LANG": "fr"}, {"PER_PAGE": 0}, {"CORPUS_DIR": "/no/such/folder"}])
def test_bad_settings_fail_when_the_app_is_made(bad, corpus_dir, index_dir):
    with pytest.raises(RuntimeError):
        create_app({"CORPUS_DIR": str(corpus_dir), "INDEX_DIR": str(index_dir), **bad})


def test_a_missing_index_is_built_and_a_corrupted_one_rebuilt(tmp_path):
    from tests.conftest import copy_corpus

    corpus = copy_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    app = create_app({"CORPUS_DIR": str(corpus), "INDEX_DIR": str(index)})
    assert app.test_client().get("/search.json").get_json()["total"] == 9
    # Corrupt the Whoosh files of the current version: the next start rebuilds from the corpus.
    for toc in (index / "current" / "docs").glob("*.toc"):
        toc.write_bytes(b"garbage")
    app = create_app({"CORPUS_DIR": str(corpus), "INDEX_DIR": str(index)})
    assert app.test_client().get("/search.json").get_json()["total"] == 9


def test_the_readme_says_how_to_change_the_port_right_under_the_serve_command(capsys):
    """A newcomer reads the command, then how to serve on another port: an option and a setting that exist."""
    from app.__main__ import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    after = readme.split("```sh\nscripts/serve\n```\n", 1)[1].lstrip("\n").split("\n\n", 1)[0]
    assert "scripts/serve --port 9000" in after and "PORTAL_PORT=9000" in after
    assert "PORT" in {s.name for s in SETTINGS}
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--port PORT" in capsys.readouterr().out

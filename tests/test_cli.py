"""``python -m indexer inspect``: JSON records out, one clear line and status 2 for what it cannot read."""

import json
import pathlib
import subprocess
import sys

import pytest
from click.testing import CliRunner

from indexer.cli import cli

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture
def runner():
    return CliRunner()


def test_inspect_prints_every_document_of_a_file(runner):
    result = runner.invoke(cli, ["inspect", str(ROOT / "corpus" / "003_c4c05874832e2026.txt")])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["number"] for r in records] == ["401-CV/BTG", "57-KL/TW"]
    assert records[1]["paragraphs"][0]["anchor"] == "p1"


def test_inspect_without_paragraphs(runner):
    result = runner.invoke(cli, ["inspect", "--no-paragraphs", str(ROOT / "corpus" / "001_c14d97335b0db08d.txt")])
    (record,) = json.loads(result.stdout)
    assert "paragraphs" not in record and record["number"] == "06-KH/BCĐ"


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.txt", b"", "Tệp rỗng"),
        ("blank.md", b"\n  \n", "Tệp rỗng"),
        ("binary.txt", bytes(range(256)) * 4, "Tệp nhị phân"),
        ("scan.txt", b"%PDF-1.4\n", "PDF"),
        ("tcvn3.txt", "TØnh ñy L¹ng S¬n".encode("cp1252"), "mã hoá"),
        ("letter.docx", b"PK\x03\x04", "không phải tài liệu Word"),
        ("letter.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "không phải văn bản Word"),
        ("sheet.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "không được hỗ trợ"),
    ],
)
def test_unreadable_files_give_one_line_and_status_2(runner, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(cli, ["inspect", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""  # nothing written
    assert result.stderr.count("\n") == 1 and message in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_and_directory(runner, tmp_path):
    for target, message in [(tmp_path / "nope.txt", "không tìm thấy"), (tmp_path, "thư mục")]:
        result = runner.invoke(cli, ["inspect", str(target)])
        assert result.exit_code == 2 and message in result.stderr and result.stdout == ""


def test_python_dash_m_entry_point(tmp_path):
    empty = tmp_path / "x.txt"
    empty.write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "indexer", "inspect", str(empty)], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 2 and proc.stdout == "" and "Tệp rỗng" in proc.stderr


def test_a_build_with_an_engine_setting_that_names_none_writes_nothing(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("PORTAL_ENGINE", "elastic")
    index = tmp_path / "index"
    result = runner.invoke(cli, ["build", "--corpus", str(ROOT / "corpus"), "--index", str(index)])
    assert result.exit_code == 2
    assert "PORTAL_ENGINE" in result.output and "whoosh hoặc tantivy" in result.output
    assert "Traceback" not in result.output and not index.exists()


def test_build_with_vectors_later_then_the_vectors_command(runner, tmp_path):
    index = tmp_path / "index"
    result = runner.invoke(cli, ["vectors", "--index", str(index)])
    assert result.exit_code == 2 and "build" in result.stderr and "Traceback" not in result.output
    result = runner.invoke(
        cli, ["build", "--corpus", str(ROOT / "corpus"), "--index", str(index), "--procs", "1", "--vectors", "later"]
    )
    assert result.exit_code == 0, result.output
    built = json.loads(result.stdout.splitlines()[-1])
    assert built["vectors_pending"] == built["documents"] > 0 and built["matrices"] == 0
    result = runner.invoke(cli, ["vectors", "--index", str(index), "--procs", "1"])
    assert result.exit_code == 0, result.output
    filled = json.loads(result.stdout.splitlines()[-1])
    assert (filled["documents"], filled["left"]) == (built["documents"], 0) and filled["matrices"] >= 1
    again = json.loads(runner.invoke(cli, ["vectors", "--index", str(index)]).stdout.splitlines()[-1])
    assert again["documents"] == 0


@pytest.mark.parametrize("option", [["--vectors", "soon"], ["--procs", "0"]])
def test_build_options_that_are_no_choice(runner, tmp_path, option):
    result = runner.invoke(cli, ["build", "--corpus", str(ROOT / "corpus"), "--index", str(tmp_path / "i"), *option])
    assert result.exit_code == 2 and option[0] in result.output and "Traceback" not in result.output
    assert not (tmp_path / "i").exists()

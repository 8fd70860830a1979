"""Tasks are found when a document is indexed and kept with its record and its summary; archivists' corrections of
them are kept in the sidecar and applied whenever the record is built again (issue 22)."""

import json

from indexer import build_index, clean_tasks, correct_document, open_index, read_manifest, sync_index, tasks_of
from indexer.store.audit import entries
from indexer.store.versions import current_version

LANG_SON = "06-kh-bcd-lang-son-2019"  # corpus/001: items III-1 to III-5, "năm 2019"
SIDECAR = "001_c14d97335b0db08d.txt.meta.json"


def tasks(index_dir) -> dict:
    archive = open_index(str(index_dir))
    try:
        record = archive.record(LANG_SON)
        assert list(archive.snapshot().by_id[LANG_SON].tasks) == record.tasks  # the summary carries them too
        return {t["anchor"]: t for t in record.tasks}
    finally:
        archive.close()


def test_every_record_is_indexed_with_the_tasks_it_assigns(archive):
    for doc_id in archive.doc_ids():
        record = archive.record(doc_id)
        assert record.tasks == tasks_of(record), doc_id
        assert list(archive.snapshot().by_id[doc_id].tasks) == record.tasks
    assert {"III-1", "III-2", "III-3", "III-4", "III-5"} <= {t["anchor"] for t in archive.record(LANG_SON).tasks}


CORRECTED = [
    {"anchor": "III-1", "lead": "Ban Tuyên giáo Tỉnh uỷ\nSở Ngoại vụ", "coordinate": "", "due": "trước ngày 30/6"},
    {"anchor": "III-4", "drop": True},
    {"anchor": "III-5", "coordinate": "Sở Thông tin và Truyền thông; Sở Ngoại vụ", "due": "năm 2019"},
]


def test_a_correction_of_tasks_is_kept_and_survives_a_rebuild(dirs):
    corpus, index = dirs
    extracted = list(tasks(index))
    correct_document(str(corpus), str(index), LANG_SON, {"tasks": clean_tasks(CORRECTED, 2019)}, actor="lan")
    kept = json.loads((corpus / SIDECAR).read_text())["corrections"]["1"]["tasks"]
    assert kept == {  # only what differs from extraction: III-5's time frame is as extracted
        "III-1": {"lead": ["Ban Tuyên giáo Tỉnh uỷ", "Sở Ngoại vụ"], "due": "trước ngày 30/6"},
        "III-4": {"drop": True},
        "III-5": {"coordinate": ["Sở Thông tin và Truyền thông", "Sở Ngoại vụ"]},
    }
    assert entries(str(corpus), 1)[0]["fields"]["tasks"] == {"from": [], "to": kept}
    for build in (
        lambda: None,
        lambda: build_index(str(corpus), str(index), procs=1),  # a new version, built from the corpus
    ):
        build()
        found = tasks(index)
        assert list(found) == [anchor for anchor in extracted if anchor != "III-4"]
        assert found["III-1"]["lead"] == ["Ban Tuyên giáo Tỉnh uỷ", "Sở Ngoại vụ"]
        assert found["III-1"]["due"] == {"text": "trước ngày 30/6", "kind": "date", "start": None, "end": "2019-06-30"}
        assert found["III-5"]["coordinate"] == ["Sở Thông tin và Truyền thông", "Sở Ngoại vụ"]
        assert found["III-3"]["due"]["end"] == "2019-12-31"  # untouched


def test_correcting_other_fields_keeps_the_tasks_corrected_and_a_sync_applies_the_sidecar(dirs):
    corpus, index = dirs
    correct_document(str(corpus), str(index), LANG_SON, {"tasks": clean_tasks(CORRECTED[1:2], 2019)})
    correct_document(str(corpus), str(index), LANG_SON, {"title": "kế hoạch thông tin đối ngoại năm 2019"})
    assert "III-4" not in tasks(index)
    # the sidecar changed by hand: undropped; the start-up sync reads it again
    sidecar = json.loads((corpus / SIDECAR).read_text())
    del sidecar["corrections"]["1"]["tasks"]
    (corpus / SIDECAR).write_text(json.dumps(sidecar, ensure_ascii=False))
    assert sync_index(str(corpus), str(index)).updated == ["001_c14d97335b0db08d.txt"]
    assert "III-4" in tasks(index)
    assert read_manifest(current_version(str(index)))["schema"] >= 5  # an index of records without tasks is rebuilt


def test_tasks_follow_corrected_roles(dirs):
    corpus, index = dirs
    archive = open_index(str(index))
    roles = [r.__dict__ for r in archive.record(LANG_SON).roles if r.anchor != "III-4"]
    archive.close()
    correct_document(str(corpus), str(index), LANG_SON, {"roles": roles})
    after = tasks(index).get("III-4")  # no agency is named there any more
    assert after is None or not (after["lead"] or after["coordinate"] or after["assigned"])

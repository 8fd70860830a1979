"""Implementation matrices are made ready when the index is built: the sentence vectors they compare are
embedded by the build, not by the first reader of a matrix (issue 22)."""

from indexer import build_index, matrix_of, open_index
from indexer.store.matrices import implemented


def test_the_directives_with_a_matrix_are_those_an_archived_document_implements(archive):
    # Cao Bằng, Kon Tum, Cẩm Tân and the Bắc Ninh letter name 57-KL/TW in their opening; a test document names
    # the Lạng Sơn plan; the Kon Tum plan, which nothing archived implements, has none
    directives = implemented(archive.snapshot())
    assert "57-kl-tw-2023" in directives and "06-kh-bcd-lang-son-2019" in directives
    assert "ke-hoach-ban-thuong-vu-tinh-uy-kon-tum-60d31104" not in directives


def test_a_build_makes_the_matrix_of_each_such_directive(corpus_dir, tmp_path):
    report = build_index(str(corpus_dir), str(tmp_path / "index"), procs=1)
    index = open_index(str(tmp_path / "index"))
    try:
        assert report.matrices == report.as_dict()["matrices"] == len(implemented(index.snapshot()))
        matrix, nodes, columns = matrix_of(index, index.record("57-kl-tw-2023"))
    finally:
        index.close()
    assert [node["doc_id"] for node in nodes] == matrix["columns"] == [c.doc_id for c in columns]
    assert len(matrix["columns"]) == 4 and matrix["rows"]

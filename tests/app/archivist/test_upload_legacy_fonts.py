"""An archive's older Word files, typed in the TCVN3 fonts, uploaded: archived in Unicode, searchable, and said so."""

from tests.app.archivists import api_upload, search_ids
from tests.reading.test_legacy_fonts import in_abc, word_file


def test_a_word_file_typed_in_tcvn3_is_archived_in_unicode_and_says_so(app):
    # dev set 043's plan as a .VnTime office typed it (tests/reading/test_legacy_fonts.py)
    client = app.test_client()
    response = api_upload(client, ("ke-hoach-193.docx", word_file(".VnTime", ".VnTimeH", in_abc)))
    assert response.status_code == 201
    (document,) = response.get_json()["documents"]
    assert document["number"] == "193/KH-UBND"
    assert document["doc_id"] in search_ids(client, "cay xanh ninh binh")
    page = client.get(document["url"]).get_data(as_text=True)
    assert "gõ bằng phông TCVN3" in page and "trên địa bàn tỉnh Ninh Bình" in page and "nh©n" not in page

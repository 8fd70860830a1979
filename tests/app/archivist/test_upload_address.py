"""The web page a copy came from, given with the upload (form, API, command line): kept with the file, it places a
copy whose text names no province; an address that is no web address is refused with nothing stored (issue 19)."""

import json

import pytest
from click.testing import CliRunner

from app import urls
from indexer.store.corpus import read_corpus_file
from tests.app.archivists import api_upload, corpus_state

# A provincial office's Party committee's letter as its portal reposted it (bench/real-directives-web67 6702): the
# page names the body "Văn phòng UBND tỉnh" and no province; its address does.
COPY = (
    "Văn phòng UBND tỉnh\nThứ ba 22/10/2019\nHướng dẫn nội dung tuyên truyền tháng 09/2019\n\n"
    "Ngày 27/8, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 468 về việc hướng dẫn nội dung tuyên truyền "
    "tháng 09/2019.\n\nTheo đó, Đảng ủy Văn phòng UBND tỉnh yêu cầu cấp uỷ các chi bộ trực thuộc thực hiện tốt "
    "một số nội dung tuyên truyền trong tháng 9/2019 như sau:\n\nTập trung tuyên truyền 08 nội dung theo Hướng dẫn "
    "số 85-HD/BTG ngày 21/8/2019 của Ban Tuyên giáo Đảng ủy Khối.\n"
).encode()
ADDRESS = "https://vpubnd.laichau.gov.vn/detailNews.aspx?id=19730&lang=vi"
ISSUER = "Đảng uỷ Văn phòng Uỷ ban nhân dân tỉnh Lai Châu"

BAD_ADDRESSES = [
    # (what was typed, words of the message)
    ("vpubnd.laichau.gov.vn/detailNews.aspx", "bắt đầu bằng http:// hoặc https://"),
    ("javascript:alert(1)", "bắt đầu bằng http:// hoặc https://"),
    ("https://vpubnd.laichau.gov.vn/tin tuc", "khoảng trắng"),
    ("https://" + "a" * 2000 + ".vn", "dài quá 2000 ký tự"),
]


def test_an_address_given_in_the_browser_places_the_copy_and_is_kept(archivist, app, dirs):
    corpus, index = dirs
    response = archivist.upload(("huong-dan-468.txt", COPY), address=ADDRESS)
    assert response.status_code == 302
    review = response.headers["Location"]
    record = archivist.client.get(review + ".json").get_json()["records"][0]
    assert (record["province"], record["issuer"]) == ("Lai Châu", ISSUER)
    assert record["evidence"]["province"]["how"] == "site_address" and not record["evidence"]["province"]["sure"]
    confirmed = archivist.confirm(review)
    assert confirmed.status_code == 302
    doc_id = confirmed.headers["Location"].rsplit("/", 1)[-1]
    sidecar = json.loads((corpus / "huong-dan-468.txt.meta.json").read_text(encoding="utf-8"))
    assert sidecar["address"] == ADDRESS
    placed = app.test_client().get(f"/doc/{doc_id}.json").get_json()
    assert (placed["province"], placed["source"]["address"]) == ("Lai Châu", ADDRESS)
    with app.test_request_context():
        source_page = app.test_client().get(urls.source_url(doc_id)).get_data(as_text=True)
    assert f'<a href="{ADDRESS.replace("&", "&amp;")}" rel="noopener noreferrer nofollow">' in source_page
    # read again from the corpus and its sidecar, as a rebuild reads it
    (again,) = read_corpus_file(str(corpus), "huong-dan-468.txt")[2]
    assert (again.province, again.issuer, again.source.address) == ("Lai Châu", ISSUER, ADDRESS)


@pytest.mark.parametrize("address,words", BAD_ADDRESSES, ids=["no-scheme", "script", "space", "too-long"])
def test_an_address_that_is_no_web_address_is_refused(archivist, app, dirs, address, words):
    before = corpus_state(dirs[0])
    response = archivist.upload(("huong-dan-468.txt", COPY), address=address)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Địa chỉ trang nguồn không hợp lệ" in page and words in page and "Traceback" not in page
    assert corpus_state(dirs[0]) == before
    api = api_upload(app.test_client(), ("huong-dan-468.txt", COPY), address=address)
    assert api.status_code == 400 and words in api.get_json()["error"]
    assert corpus_state(dirs[0]) == before


def test_the_api_and_the_command_line_take_the_address(app, dirs, tmp_path):
    from indexer.cli import cli

    response = api_upload(app.test_client(), ("huong-dan-468.txt", COPY), address=ADDRESS)
    assert response.status_code == 201
    (record,) = response.get_json()["documents"]
    assert (record["province"], record["issuer"]) == ("Lai Châu", ISSUER)
    corpus, index = dirs
    copy = tmp_path / "ban-sao.txt"
    copy.write_bytes(COPY.replace(b"468", b"469"))
    args = ["--corpus", str(corpus), "--index", str(index)]
    refused = CliRunner().invoke(cli, ["add", str(copy), "--address", "laichau.gov.vn", *args])
    assert refused.exit_code == 2 and "Địa chỉ trang nguồn không hợp lệ" in refused.stderr
    assert not (corpus / "ban-sao.txt").exists()
    added = CliRunner().invoke(cli, ["add", str(copy), "--address", ADDRESS, *args, "--allow-duplicate"])
    assert added.exit_code == 0, added.output
    sidecar = json.loads((corpus / "ban-sao.txt.meta.json").read_text(encoding="utf-8"))
    assert sidecar["address"] == ADDRESS

"""Issue 23: Atom feeds of a search (``/search.atom``, the search's parameters) and of a directive's chain
(``/doc/<id>/chain.atom``), the newest arrivals in the archive first, read back with ``feedparser``."""

import feedparser
import pytest
from bs4 import BeautifulSoup

ATOM_TYPE = "application/atom+xml; charset=utf-8"
HOSTILE = "12-tb-stttt-kon-tum-2024"  # its subject line holds <script>alert("xss")</script>


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response.headers["Content-Type"] == ATOM_TYPE
    parsed = feedparser.parse(response.get_data())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed, response.get_data(as_text=True)


def doc_id(entry) -> str:
    return entry.id.rpartition(":doc/")[2]


@pytest.mark.parametrize(
    "url,expected",
    [
        # (feed, its documents: a feed follows the search's filters and range, whatever the order asked)
        ("/search.atom", None),  # the whole archive
        ("/search.atom?level=district", {"45-tb-ubnd-thanh-hoa-2024", "401-cv-btg-bac-ninh-2023"}),
        ("/search.atom?from=2024&sort=oldest", {HOSTILE, "45-tb-ubnd-thanh-hoa-2024"}),
        ("/search.atom?q=57-KL/TW&doc_type=Kết+luận", {"57-kl-tw-2023"}),
        ("/search.atom?from=2020&to=2022", set()),
        ("/doc/57-kl-tw-2023/chain.atom", None),  # who cites or implements 57-KL/TW
    ],
)
def test_a_feed_is_valid_atom_with_an_entry_per_document(client, url, expected):
    parsed, _ = feed(client, url)
    found = [doc_id(e) for e in parsed.entries]
    if expected is not None:
        assert set(found) == expected
    assert len(found) == len(set(found))
    for entry in parsed.entries:
        assert entry.id.startswith("tag:localhost,2026:doc/")
        assert entry.link == f"http://localhost/doc/{doc_id(entry)}"
        assert entry.updated_parsed and entry.title
    assert parsed.feed.updated_parsed and parsed.feed.id.startswith("tag:localhost,2026:")


def test_the_search_feed_lists_the_search_s_documents_with_their_fields(client):
    parsed, _ = feed(client, "/search.atom")
    everything = client.get("/export.json").get_json()["results"]
    assert {doc_id(e) for e in parsed.entries} == {r["doc_id"] for r in everything}
    entry = next(e for e in parsed.entries if doc_id(e) == "57-kl-tw-2023")
    assert entry.title.startswith("57-KL/TW: ")
    for words in ("Số hiệu: 57-KL/TW", "Loại: Kết luận", "Ngày ký: 2023-06-15", "Cơ quan ban hành: "):
        assert words in entry.summary
    assert entry.tags[0].term == "Kết luận"


def test_entries_come_newest_arrival_first_and_keep_their_ids(client):
    first, _ = feed(client, "/search.atom")
    again, _ = feed(client, "/search.atom")
    assert [e.id for e in first.entries] == [e.id for e in again.entries]
    assert first.feed.id == again.feed.id
    stamps = [e.updated_parsed for e in first.entries]
    assert stamps == sorted(stamps, reverse=True)


def test_the_chain_feed_holds_who_cites_or_implements_the_directive(client):
    parsed, _ = feed(client, "/doc/57-kl-tw-2023/chain.atom")
    record = client.get("/doc/57-kl-tw-2023.json").get_json()
    assert {doc_id(e) for e in parsed.entries} >= set(record["cited_by"]) | set(record["implemented_by"])
    assert "57-kl-tw-2023" not in {doc_id(e) for e in parsed.entries}
    assert client.get("/doc/khong-co/chain.atom").status_code == 404


def test_a_hostile_title_is_escaped_text(client):
    parsed, raw = feed(client, "/search.atom")
    entry = next(e for e in parsed.entries if doc_id(e) == HOSTILE)
    assert '<script>alert("xss")</script>' in entry.title  # read back as the text it is
    assert "<script>" not in raw and "&lt;script&gt;" in raw  # never as markup


@pytest.mark.parametrize(
    "page,feed_url",
    [
        ("/search?q=thông+tin&from=2019&level=province", "/search.atom?q="),
        ("/doc/57-kl-tw-2023", "/doc/57-kl-tw-2023/chain.atom"),
    ],
)
def test_pages_link_their_feed_in_the_head_and_visibly(client, page, feed_url):
    soup = BeautifulSoup(client.get(page).get_data(as_text=True), "html.parser")
    alternate = soup.select_one('head link[rel=alternate][type="application/atom+xml"]')
    assert alternate["href"].startswith(feed_url)
    visible = soup.select_one("a.feed-link")
    assert visible.get_text(strip=True) == "Theo dõi (Atom)" and visible["href"] == alternate["href"]
    feed(client, alternate["href"])
    if page.startswith("/search"):
        assert "from=2019" in alternate["href"] and "level=province" in alternate["href"]

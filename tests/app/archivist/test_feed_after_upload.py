"""Issue 23: a document just uploaded heads the feeds that follow it: the whole archive's, a search's, and the
chain of the directive it implements ("tell me when a district plan for 57-KL/TW arrives")."""

import feedparser

from tests.app.archivists import api_upload
from tests.office_files import plan, plan_text

# A district plan implementing 57-KL/TW, signed in 2018: older than every seed document by its signing date, so
# that only the time it entered the archive puts it first.
PARTS = dict(plan(), place_date="Lộc Bình, ngày 12 tháng 3 năm 2018")
PLAN_ID = "15-kh-hu-lang-son-2018"


def entries(client, url) -> list[str]:
    parsed = feedparser.parse(client.get(url).get_data())
    assert not parsed.bozo
    return [e.id.rpartition(":doc/")[2] for e in parsed.entries]


def test_an_uploaded_document_heads_the_feeds_that_follow_it(app):
    client = app.test_client()
    feeds = ["/search.atom", "/search.atom?q=thông+tin+đối+ngoại", "/doc/57-kl-tw-2023/chain.atom"]
    before = {url: entries(client, url) for url in feeds}
    assert all(PLAN_ID not in found for found in before.values())
    assert api_upload(client, ("ke-hoach.txt", plan_text(PARTS).encode("utf-8"))).status_code == 201
    for url in feeds:
        after = entries(client, url)
        assert after[0] == PLAN_ID and after[1:] == before[url], url

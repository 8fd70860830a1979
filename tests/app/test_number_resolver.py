"""``/so/<number>``: a number in any spelling leads to its document; two documents under one number are offered
both; an unknown number is a 404 that offers the archived numbers it resembles."""

from tests.app.archivists import api_upload
from tests.office_files import plan, plan_text


def test_two_documents_under_one_number_are_both_offered_and_an_unknown_neighbour_is_a_404(app):
    client = app.test_client()
    text = plan_text(plan(number=88, district="Tràng Định", topic="phòng chống thiên tai")).encode("utf-8")
    assert api_upload(client, ("a.txt", text)).status_code == 201
    again = text.replace("phòng chống thiên tai".encode(), "phòng, chống thiên tai".encode())
    assert api_upload(client, ("b.txt", again), allow_duplicate="1").status_code == 201

    chooser = client.get("/so/88 kh hu")
    assert chooser.status_code == 200 and chooser.get_data(as_text=True).count("/doc/88-kh-hu") >= 2
    # Both bear the number the unknown one resembles, equally: the offer lists both, and never fails.
    unknown = client.get("/so/88-KH/HUU")
    assert unknown.status_code == 404
    assert unknown.get_data(as_text=True).count("88-KH/HU") >= 2

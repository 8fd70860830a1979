"""What the archivists' tests share: the test app's credentials, a browser's worth of requests, API uploads."""

import io
import re
import time

PASSWORD = "mat-khau-kho-luu-tru"
TOKEN = "ma-api-cua-may-quet"
LIMIT = 1024 * 1024  # MAX_FILE_SIZE of the test app


def csrf_of(response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', response.get_data(as_text=True)).group(1)


class Archivist:
    """A browser's worth of requests: cookies, CSRF tokens taken from the forms, like a person filling them in."""

    def __init__(self, client):
        self.client = client
        self.token = None

    def login(self, name="lan", password=PASSWORD):
        self.token = csrf_of(self.client.get("/archivist/login"))
        return self.client.post("/archivist/login", data={"name": name, "password": password, "csrf_token": self.token})

    def upload(self, *files, csrf=True, **fields):
        data = {"files": [(io.BytesIO(content), name) for name, content in files], **fields}
        if csrf:
            data["csrf_token"] = csrf_of(self.client.get("/archivist/"))
        return self.client.post("/archivist/upload", data=data, content_type="multipart/form-data")

    def when_read(self, review_url, seconds: float = 120.0):
        """The review page once the staged file is read (a scan's OCR runs after the upload)."""
        deadline = time.monotonic() + seconds
        while True:
            page = self.client.get(review_url)
            if page.status_code != 202 or time.monotonic() > deadline:
                return page
            time.sleep(0.3)

    def review_form(self, review_url) -> dict:
        """The fields of the review form as the page fills them in."""
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(self.client.get(review_url).get_data(as_text=True), "html.parser")
        form = soup.select_one("form.review-form") or soup.select_one("main form[method=post]:not(.inline)")
        fields = {}
        for el in form.select("input[name], textarea[name], select[name]"):
            if el.name == "select":
                chosen = el.select_one("option[selected]") or el.select_one("option")
                fields[el["name"]] = chosen.get("value", "")
            elif el.get("type") == "checkbox":
                continue
            else:
                fields[el["name"]] = el.get("value", "") if el.name == "input" else el.text
        return fields

    def confirm(self, review_url, **changes):
        fields = self.review_form(review_url)
        fields.update(changes)
        return self.client.post(review_url + "/confirm", data=fields)


def corpus_state(corpus) -> list[str]:
    """Every file of the corpus, staging area included, but the audit log and the OCR cache (what OCR read
    of a page, kept by the file's digest whether the file is kept or not: a file sent again is not read again)."""
    return sorted(
        str(p.relative_to(corpus))
        for p in corpus.rglob("*")
        if p.is_file() and p.name != ".audit.jsonl" and p.relative_to(corpus).parts[0] != ".ocr"
    )


def search_ids(client, q):
    return [r["doc_id"] for r in client.get("/search.json", query_string={"q": q}).get_json()["results"]]


def api_upload(client, *files, token=TOKEN, **params):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    data = dict(params, file=[(io.BytesIO(content), name) for name, content in files])
    return client.post("/documents.json", data=data, headers=headers, content_type="multipart/form-data")

"""``/openapi.json`` describes every endpoint a program reads or writes, and only those: checked against the
routes, so that a new JSON, CSV, calendar or feed address cannot be added without its description."""

import re

import pytest

# The addresses for programs: data twins and exports, and the upload API.
FOR_PROGRAMS = re.compile(r"\.(?:json|csv|ics|atom)$")


def described(client) -> dict:
    return client.get("/openapi.json").get_json()


def routes(app) -> set[tuple[str, str]]:
    """``(path, method)`` of every address for programs, written as OpenAPI writes paths."""
    found = set()
    for rule in app.url_map.iter_rules():
        if not FOR_PROGRAMS.search(rule.rule) or rule.endpoint == "openapi.openapi_json":
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        found |= {(path, method.lower()) for method in rule.methods - {"HEAD", "OPTIONS"}}
    return found


def test_every_address_for_programs_is_described_and_nothing_else(app, client):
    spec = described(client)
    documented = {(path, method) for path, item in spec["paths"].items() for method in item}
    assert documented == routes(app)


def test_the_description_is_openapi_3_1_with_the_one_error_shape(client):
    spec = described(client)
    assert spec["openapi"].startswith("3.1")
    assert spec["components"]["schemas"]["Error"]["required"] == ["ok", "status", "error"]
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            assert operation["summary"], (path, method)
            assert any(status.startswith("4") for status in operation["responses"]), (path, method)
            for ref in re.findall(r"#/components/responses/(\w+)", str(operation["responses"])):
                assert ref in spec["components"]["responses"]
            names = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert names == set(re.findall(r"\{(\w+)\}", path)), (path, method)


@pytest.mark.parametrize(
    "path,parameter",
    [
        ("/search.json", "doc_type"),
        ("/search.json", "q"),
        ("/tasks.json", "due"),
        ("/doc/{doc_id}/compare.json", "doc_id"),
    ],
)
def test_the_parameters_the_views_read_are_described(client, path, parameter):
    operation = described(client)["paths"][path]["get"]
    assert parameter in {p["name"] for p in operation["parameters"]}


def test_the_upload_api_says_how_to_authenticate_and_what_to_send(client):
    upload = described(client)["paths"]["/documents.json"]["post"]
    assert upload["security"] == [{"token": []}]
    assert "file" in upload["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"]
    assert {"201", "401", "409", "413"} <= set(upload["responses"])

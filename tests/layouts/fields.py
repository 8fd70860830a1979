"""What the layout tables compare: the fields a case names, of the one record its text gives."""

from indexer import parse_bytes


def fields_of(text: str, expected: dict, filename: str = "van-ban.txt", *, single: bool = False) -> dict:
    """The fields ``expected`` names, read from ``text`` parsed as ``filename``; ``roles`` as (agency, role) pairs
    of the leads and coordinators.  ``single``: the text must give one record only."""
    records = parse_bytes(text.encode("utf-8"), filename)
    if single:
        assert len(records) == 1
    record = records[0].to_dict()
    got = {field: record[field] for field in expected if field != "roles"}
    if "roles" in expected:
        got["roles"] = [(r["agency"], r["role"]) for r in record["roles"] if r["role"] in ("lead", "coordinate")]
    return got

"""The correction form of a record: its fields as the archivist sees them, and back from what they typed.

One form per document of a file; its fields are named ``p<part>-<field>``
and its role rows ``p<part>-role-<i>-agency|role|anchor``, so a compound
file (several documents) is reviewed on one page.
"""

from __future__ import annotations

from app.i18n import lang
from indexer import CORRECTABLE_FIELDS as FIELDS
from indexer import LEVELS, ROLES, Document, clean_field, clean_roles, label

EMPTY_ROLE_ROWS = 3
MAX_ROLE_ROWS = 500
PREVIEW_PARAGRAPHS = 14


def form_of(record: Document, typed: dict | None = None) -> dict:
    """What the template shows for one record: values (as typed, after a refused submit), roles, preview."""
    part = record.source.part if record.source else 1
    values = {name: getattr(record, name) or "" for name in FIELDS}
    roles = [{"agency": r.agency, "role": r.role, "anchor": r.anchor} for r in record.roles]
    if typed is not None:
        values.update({name: typed.get(f"p{part}-{name}", "") for name in FIELDS})
        roles = _typed_roles(typed, part)
    roles += [{"agency": "", "role": "lead", "anchor": ""} for _ in range(EMPTY_ROLE_ROWS)]
    return {
        "part": part,
        "parts": record.source.parts if record.source else 1,
        "prefix": f"p{part}-",
        "values": values,
        "roles": roles,
        "levels": LEVELS,
        "role_names": ROLES,
        "preview": record.paragraphs[:PREVIEW_PARAGRAPHS],
        "more": max(0, len(record.paragraphs) - PREVIEW_PARAGRAPHS),
        "doc_id": record.doc_id,
        "checks": checks_of(record),
        "to_check": sum(1 for c in checks_of(record).values() if c["state"] != "sure"),
    }


# The form's fields and the extracted field whose evidence speaks for each.
_EVIDENCE_OF = {"signer_title": "signer"}


def checks_of(record: Document) -> dict:
    """For each field of the form: ``missing``, ``unsure`` or ``sure``, and what it was read from.

    Records extracted before fields carried their evidence have none: nothing is marked.
    """
    checks = {}
    for name in FIELDS:
        found = record.evidence.get(_EVIDENCE_OF.get(name, name))
        if not found:
            continue
        value = getattr(record, name, None)
        state = "missing" if not value else "sure" if found.get("sure") else "unsure"
        how = found.get("how") or "not_found"
        checks[name] = {
            "state": state,
            "how": how,
            "how_label": label("evidence", how, lang()),
            "line": found.get("line"),
        }
    return checks


def _typed_roles(form, part: int) -> list[dict]:
    try:
        count = min(int(form.get(f"p{part}-roles") or 0), MAX_ROLE_ROWS)
    except ValueError:
        count = 0
    return [
        {
            "agency": form.get(f"p{part}-role-{i}-agency", ""),
            "role": form.get(f"p{part}-role-{i}-role", ""),
            "anchor": form.get(f"p{part}-role-{i}-anchor", ""),
        }
        for i in range(count)
    ]


def wanted_from(form, part: int) -> dict:
    """The cleaned values a submitted form asks for, for one part.

    :raise BadCorrection: a value that cannot be kept (a date that is no date…).
    """
    wanted = {name: clean_field(name, form.get(f"p{part}-{name}")) for name in FIELDS if f"p{part}-{name}" in form}
    if f"p{part}-roles" in form:
        wanted["roles"] = clean_roles(_typed_roles(form, part))
    return wanted

"""Who an applicant is: name, email and the ATS or council reference, kept apart from scoring.

They come from the upload form (one row per file), a CSV manifest beside a bulk upload, the API,
or the statement's own "Name:" / "Email:" lines. The form wins over the manifest, the manifest
over the document. The engine never reads any of it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass

from app.errors import Problem

MAX_MANIFEST_BYTES = 2_000_000
MAX_NAME = 300
MAX_REFERENCE = 200
HEAD_LINES = 15  # a "Name:" line sits at the top of a statement, not in its body
SHORT_STATEMENT_WORDS = 25

_NAME_LINE = re.compile(
    r"^\s*(?:(?:applicant|candidate|full)\s+)?name\s*[:\-–]\s*(?P<value>\S.{0,150}?)\s*$",
    re.IGNORECASE,
)
_EMAIL_LINE = re.compile(
    r"^\s*e-?mail(?:\s+address)?\s*[:\-–]\s*(?P<value>[^\s@]+@[^\s@]+\.[^\s@]+)\s*$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$")
_WORD = re.compile(r"\w+")

# Manifest columns under the names a recruiter or an ATS export uses.
_COLUMNS = {
    "file": ("file", "filename", "file name", "document", "statement"),
    "name": ("name", "applicant name", "full name", "applicant", "candidate"),
    "email": ("email", "e-mail", "email address"),
    "reference": (
        "reference",
        "ref",
        "ats reference",
        "council reference",
        "applicant reference",
        "external_id",
        "external id",
        "candidate id",
    ),
}


@dataclass(frozen=True)
class Identity:
    """One applicant's name, email and reference as given (empty: not given)."""

    name: str = ""
    email: str = ""
    reference: str = ""

    def over(self, other: Identity) -> Identity:
        """This identity with the gaps filled from ``other``."""
        return Identity(
            name=self.name or other.name,
            email=self.email or other.email,
            reference=self.reference or other.reference,
        )


def given(name: str = "", email: str = "", reference: str = "", *, where: str = "") -> Identity:
    """An identity typed into a form or sent by an ATS, checked: a clear 422 when it is not."""
    name, email, reference = name.strip(), email.strip(), reference.strip()
    prefix = f"{where}: " if where else ""
    if len(name) > MAX_NAME:
        raise Problem(422, f"{prefix}the name is longer than {MAX_NAME} characters")
    if email and (len(email) > MAX_NAME or not _EMAIL.match(email)):
        raise Problem(422, f"{prefix}{email!r} is not an email address")
    if len(reference) > MAX_REFERENCE:
        raise Problem(422, f"{prefix}the reference is longer than {MAX_REFERENCE} characters")
    return Identity(name, email, reference)


def from_document(text: str) -> Identity:
    """The name and email the statement gives on its own "Name:" / "Email:" lines, if any."""
    name = email = ""
    for line in text.splitlines()[:HEAD_LINES]:
        if not name and (found := _NAME_LINE.match(line)):
            name = found["value"].strip()
        elif not email and (found := _EMAIL_LINE.match(line)):
            email = found["value"].strip()
    return Identity(name=name[:MAX_NAME], email=email[:MAX_NAME])


def file_key(filename: str) -> str:
    """How a manifest row finds its file: the name without folders, case ignored."""
    return filename.replace("\\", "/").rsplit("/", 1)[-1].strip().casefold()


def read_manifest(data: bytes) -> dict[str, Identity]:
    """A CSV with a file column and any of name, email, reference: file key -> identity."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise Problem(422, "the manifest is larger than 2 MB; it should list only file names")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Problem(422, "the manifest is not a UTF-8 CSV file; save it as CSV UTF-8") from None
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise Problem(422, "the manifest is empty; its first line names the columns")
    header = [cell.strip().casefold() for cell in rows[0]]
    where = {
        field: next((header.index(alias) for alias in aliases if alias in header), None)
        for field, aliases in _COLUMNS.items()
    }
    if where["file"] is None:
        raise Problem(
            422,
            "the manifest has no 'file' column: its first line should read "
            "file,name,email,reference",
        )
    found: dict[str, Identity] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(field: str, row: list[str] = row) -> str:
            index = where[field]
            return row[index].strip() if index is not None and index < len(row) else ""

        filename = cell("file")
        if not filename:
            raise Problem(422, f"manifest line {number}: the file name is empty")
        found[file_key(filename)] = given(
            cell("name"), cell("email"), cell("reference"), where=f"manifest line {number}"
        )
    return found


def for_file(
    filename: str, manifest: Mapping[str, Identity], typed: Identity | None = None
) -> Identity:
    """The identity for one uploaded file: what was typed for it, then its manifest row."""
    listed = manifest.get(file_key(filename), Identity())
    return (typed or Identity()).over(listed)


def identity_record(identity: Identity) -> dict[str, str]:
    """What is stored in ``Application.identity`` (the reference is the external id)."""
    return {k: v for k, v in (("name", identity.name), ("email", identity.email)) if v}


def short_statement_warning(text: str) -> str | None:
    """A warning in words for a statement too short to be one (an empty page, the wrong file)."""
    words = len(_WORD.findall(text))
    if words >= SHORT_STATEMENT_WORDS:
        return None
    said = "no words" if words == 0 else f"only {words} word{'' if words == 1 else 's'}"
    return (
        f"This statement has {said}: check it is the right file before relying on its scores; "
        "every criterion is marked for review."
    )

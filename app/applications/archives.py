"""Open uploaded .zip archives of statements defensively.

Member names that climb out of the archive or are absolute are refused, as are members that
unpack far beyond their compressed size (zip bombs), members whose real size differs from what
the header says, nested archives, and archives with too many members or too many bytes in
total. Each refusal becomes one line in the bulk upload's answer; the rest goes on.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from app.settings import Settings

DOCUMENT_MARKERS = ("word/document.xml", "mimetype", "EncryptedPackage")
BOMB_FLOOR_BYTES = 1024 * 1024  # small members may compress well without being bombs
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Item:
    """One file to store, or (``data`` None) one refused with ``status_code`` and ``detail``."""

    name: str
    data: bytes | None = None
    status_code: int = 0
    detail: str | None = None


def refused(name: str, status_code: int, detail: str) -> Item:
    return Item(name=name, status_code=status_code, detail=detail)


def is_archive(data: bytes) -> bool:
    """A .zip of statements (not a .docx/.odt, which are zip containers too)."""
    if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    return not any(marker in names for marker in DOCUMENT_MARKERS)


def expand(name: str, data: bytes, settings: Settings) -> Iterator[Item]:
    """The items of one uploaded file: itself, or each member of an archive."""
    if is_archive(data):
        yield from _members(name, data, settings)
    elif len(data) > settings.max_upload_bytes:
        yield refused(name, 413, f"the file is larger than {settings.max_upload_bytes:,} bytes")
    else:
        yield Item(name=name, data=data)


def _members(archive_name: str, data: bytes, settings: Settings) -> Iterator[Item]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = [info for info in archive.infolist() if not _skipped(info)]
        if len(infos) > settings.max_zip_members:
            yield refused(
                archive_name,
                422,
                f"the archive has {len(infos)} files; at most {settings.max_zip_members} "
                "are read from one archive",
            )
            return
        unpacked = 0
        for info in infos:
            label = f"{archive_name}/{info.filename}"
            problem = _unsafe_name(info.filename)
            if problem:
                yield refused(label, 422, problem)
                continue
            if info.file_size > settings.max_upload_bytes:
                yield refused(
                    label,
                    413,
                    f"the file unpacks to {info.file_size:,} bytes; the limit is "
                    f"{settings.max_upload_bytes:,}",
                )
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > BOMB_FLOOR_BYTES and ratio > settings.max_zip_ratio:
                yield refused(label, 422, f"refused as a zip bomb: compressed {ratio:,.0f} to 1")
                continue
            if unpacked + info.file_size > settings.max_zip_total_bytes:
                yield refused(
                    label,
                    422,
                    f"the archive unpacks to more than "
                    f"{settings.max_zip_total_bytes:,} bytes; the rest was not read",
                )
                continue
            try:
                with archive.open(info) as member:
                    content = member.read(info.file_size + 1)
            except RuntimeError:
                yield refused(label, 422, "the file is encrypted in the archive")
                continue
            except (zipfile.BadZipFile, OSError, ValueError, EOFError):
                yield refused(label, 422, "the file is damaged in the archive")
                continue
            if len(content) != info.file_size:
                yield refused(
                    label,
                    422,
                    "refused as a zip bomb: the file unpacks to more than its header says",
                )
                continue
            unpacked += len(content)
            if is_archive(content):
                yield refused(label, 422, "archives inside archives are not read")
                continue
            yield Item(name=label, data=content)


def _skipped(info: zipfile.ZipInfo) -> bool:
    """Folders and the metadata macOS and Windows add to archives."""
    base = posixpath.basename(info.filename.rstrip("/"))
    return (
        info.is_dir()
        or info.filename.startswith("__MACOSX/")
        or base.startswith("._")
        or base in {".DS_Store", "Thumbs.db", "desktop.ini"}
    )


def _unsafe_name(name: str) -> str | None:
    normalised = name.replace("\\", "/")
    parts = normalised.split("/")
    if normalised.startswith("/") or _DRIVE.match(normalised):
        return "refused: an absolute path in the archive"
    if ".." in parts:
        return "refused: the path climbs out of the archive ('..')"
    if any(ord(ch) < 32 for ch in name):
        return "refused: control characters in the file name"
    return None

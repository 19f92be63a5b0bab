"""Read a request body that may be JSON, YAML or multipart, for routes that take several forms.

Routes that score are plain ``def`` functions (FastAPI runs them in its threadpool); this
async dependency reads the body first, so nothing blocks the event loop.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, Request
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.errors import Problem
from app.limits import BodyTooLarge

YAML_TYPES = frozenset({"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"})
JSON_TYPES = frozenset({"application/json"})
MULTIPART = "multipart/form-data"


@dataclass
class Payload:
    kind: Literal["json", "yaml", "multipart"]
    body: bytes = b""
    form: FormData | None = None

    def json_object(self) -> dict[str, Any]:
        """The body as a JSON object, or a 422 naming where the JSON breaks."""
        try:
            data = json.loads(self.body)
        except UnicodeDecodeError:
            raise Problem(422, "the body is not UTF-8 text", code="invalid-json") from None
        except json.JSONDecodeError as error:
            raise Problem(
                422,
                f"not valid JSON: {error.msg} (line {error.lineno} column {error.colno})",
                code="invalid-json",
            ) from None
        except RecursionError:
            raise Problem(422, "the JSON is nested too deeply", code="invalid-json") from None
        except ValueError:  # an integer of more digits than Python converts (4,300)
            raise Problem(
                422, "the JSON holds a number too long to read", code="invalid-json"
            ) from None
        if not isinstance(data, dict):
            raise Problem(422, "the body must be a JSON object", code="invalid-json")
        return data

    def text(self) -> str:
        try:
            return self.body.decode("utf-8")
        except UnicodeDecodeError:
            raise Problem(422, "the body is not UTF-8 text", code="invalid-yaml") from None

    def files(self, name: str) -> list[UploadFile]:
        assert self.form is not None
        return [item for item in self.form.getlist(name) if isinstance(item, UploadFile)]

    def field(self, name: str) -> str | None:
        """A text field sent at most once (which of two values was meant cannot be known)."""
        assert self.form is not None
        values = self.form.getlist(name)
        if len(values) > 1:
            raise Problem(422, f"send the form field '{name}' once", code="invalid-request")
        value = values[0] if values else None
        if value is None or isinstance(value, UploadFile):
            return None
        return value


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def read_payload(request: Request) -> AsyncIterator[Payload]:
    kind = media_type(request)
    settings = request.app.state.settings
    if kind in JSON_TYPES or kind.endswith("+json"):
        yield Payload("json", body=await request.body())
    elif kind in YAML_TYPES:
        yield Payload("yaml", body=await request.body())
    elif kind == MULTIPART:
        try:
            form = await request.form(max_files=settings.max_files_per_request, max_fields=100)
        except BodyTooLarge:
            raise
        except StarletteHTTPException as error:
            raise Problem(
                422, f"malformed multipart body: {error.detail}", code="invalid-multipart"
            ) from None
        try:
            yield Payload("multipart", form=form)
        finally:
            await form.close()
    else:
        raise Problem(
            415,
            f"cannot read a {kind or 'body without a content type'}; send application/json, "
            "application/yaml or multipart/form-data",
            code="unsupported-type",
        )


Body = Annotated[Payload, Depends(read_payload)]


def read_upload(upload: UploadFile, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of an uploaded file (enough to tell it is too large)."""
    upload.file.seek(0)
    return upload.file.read(limit + 1)

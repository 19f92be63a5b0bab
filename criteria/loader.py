"""Read role specs from YAML (or JSON) with errors a recruiter can act on.

Every failure is a :class:`SpecError` whose message names the field and, for YAML, the line:
``criteria[2].rule.kind: 'registation' is not a rule kind ... (line 14)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from criteria.spec import RULE_KINDS, RoleSpec

MAX_SPEC_BYTES = 1_000_000
MAX_DEPTH = 40
MAX_NODES = 100_000  # counted with aliases expanded: a "billion laughs" file stops here


class SpecError(ValueError):
    """A role spec that cannot be used; ``str(error)`` is a one-line message."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys (a silent overwrite hides a recruiter's edit)."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> dict:
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in mapping:
            raise SpecError(f"duplicate key {key!r} (line {key_node.start_mark.line + 1})")
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _refuse_deep_nesting(text: str) -> None:
    """Follow the parser's events (it does not recurse) and stop past ``MAX_DEPTH`` levels."""
    level = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            level += 1
            if level > MAX_DEPTH:
                raise SpecError(f"spec is nested deeper than {MAX_DEPTH} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            level -= 1


def _shape_problem(node: yaml.Node) -> str | None:
    """Why a composed document is too deep or (aliases expanded) too big to load, or None."""
    stack: list[tuple[yaml.Node, int]] = [(node, 1)]
    visited = 0
    while stack:
        current, level = stack.pop()
        visited += 1
        if level > MAX_DEPTH:
            return f"spec is nested deeper than {MAX_DEPTH} levels"
        if visited > MAX_NODES:
            return f"spec has more than {MAX_NODES:,} values (counting each alias in full)"
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.append((key, level + 1))
                stack.append((value, level + 1))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend((child, level + 1) for child in current.value)
    return None


def _node_at(root: yaml.Node | None, loc: Iterable[Any]) -> yaml.Node | None:
    """The deepest YAML node on the path of a pydantic error location."""
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == part), None)
            if match is None:
                continue  # a discriminator tag or a model name, not a key in the file
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
    return node


def _path(loc: Iterable[Any]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part in RULE_KINDS or part in {"function-after", "function-before"}:
            continue  # pydantic's union branch names are not fields
        else:
            text += f".{part}" if text else str(part)
    return text or "spec"


def _message(error: dict[str, Any]) -> str:
    if error["type"] == "union_tag_invalid":
        tag = error.get("input", {}).get("kind") if isinstance(error.get("input"), dict) else None
        return f"{tag!r} is not a rule kind; expected one of {', '.join(RULE_KINDS)}"
    if error["type"] == "union_tag_not_found":
        return f"a rule needs a 'kind', one of {', '.join(RULE_KINDS)}"
    if error["type"] == "extra_forbidden":
        return "unknown field (check the spelling)"
    message = error["msg"]
    return message.removeprefix("Value error, ")


def describe_validation_error(error: ValidationError, root: yaml.Node | None = None) -> str:
    """One line naming the first failing field (and its line when ``root`` is known)."""
    first = error.errors()[0]
    where = _path(first["loc"])
    line = ""
    node = _node_at(root, first["loc"]) if root is not None else None
    if node is not None:
        line = f" (line {node.start_mark.line + 1})"
    more = len(error.errors()) - 1
    extra = f"; and {more} more problem{'s' if more > 1 else ''}" if more else ""
    return f"{where}: {_message(first)}{line}{extra}"


def parse_spec_text(text: str, *, source: str | None = None) -> RoleSpec:
    """Validate a role spec written as YAML (JSON is YAML too)."""
    if len(text.encode("utf-8", "replace")) > MAX_SPEC_BYTES:
        raise SpecError(f"spec is larger than {MAX_SPEC_BYTES:,} bytes", source=source)
    try:
        _refuse_deep_nesting(text)  # before composing: the composer recurses once per level
        root = yaml.compose(text, Loader=_Loader)
        if root is None:
            raise SpecError("spec is empty", source=source)
        if problem := _shape_problem(root):
            raise SpecError(problem, source=source)
        data = yaml.load(text, Loader=_Loader)  # a SafeLoader subclass
    except SpecError as error:
        if error.source is None and source is not None:
            raise SpecError(str(error), source=source) from None
        raise
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise SpecError(f"not valid YAML: {problem}{line}", source=source) from None
    if not isinstance(data, dict):
        raise SpecError("a role spec must be a mapping with id, title and criteria", source=source)
    try:
        return RoleSpec.model_validate(data)
    except ValidationError as error:
        raise SpecError(describe_validation_error(error, root), source=source) from None


def load_spec(path: str | Path) -> RoleSpec:
    """Read a role spec file (.yaml, .yml or .json)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError("no such file", source=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(f"cannot read file: {error}", source=str(path)) from None
    return parse_spec_text(text, source=str(path))


def dump_spec_yaml(spec: RoleSpec) -> str:
    """The spec as YAML, every field explicit so a recruiter sees what will be applied."""
    data = spec.model_dump(mode="json", exclude_none=True)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)

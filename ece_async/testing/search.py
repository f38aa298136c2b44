"""The subset of the Elasticsearch query DSL that ECE's ``_search`` endpoints accept.

Documents are flattened to ``{"dotted.field": [values]}``; queries compile once
per request into predicates over them.  Paging uses search-after semantics:
the cursor carries the query, sort and the sort values of the last hit, so a
walk over all pages sees each document once even while others are created or
deleted (as long as the sort is on stable fields, e.g. ``id``).
"""

from __future__ import annotations

import base64
import binascii
import fnmatch
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

import orjson

Doc = dict[str, list[Any]]
Predicate = Callable[[Doc], bool]
#: [(field, descending)], always ending with ("id", False) as the tie-breaker.
SortSpec = list[tuple[str, bool]]


class QueryError(ValueError):
    """A query, sort or cursor the simulator does not understand (a 400 for the client)."""


_TOKEN = re.compile(r"[A-Za-z0-9_]+")


def _norm(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _values(doc: Doc, field: str) -> list[Any]:
    if field.endswith(".keyword"):
        field = field[: -len(".keyword")]
    return doc.get(field, [])


def _single(spec: Any, what: str) -> tuple[str, Any]:
    if not isinstance(spec, dict) or len(spec) != 1:
        raise QueryError(f"[{what}] expects an object with exactly one field")
    ((field, value),) = spec.items()
    return str(field), value


def _value_of(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, dict) else value


def _clauses(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def compile_query(query: Any) -> Predicate:
    """Compile a ``QueryContainer`` (``None`` or ``{}`` matches everything)."""
    if query is None or query == {}:
        return lambda doc: True
    if not isinstance(query, dict) or len(query) != 1:
        raise QueryError("A query must be an object with exactly one query type")
    ((kind, spec),) = query.items()
    if kind == "match_all":
        return lambda doc: True
    if kind == "match_none":
        return lambda doc: False
    if kind == "term":
        field, value = _single(spec, kind)
        wanted = _norm(_value_of(value, "value"))
        return lambda doc: any(_norm(v) == wanted for v in _values(doc, field))
    if kind == "prefix":
        field, value = _single(spec, kind)
        prefix = _norm(_value_of(value, "value")).lower()
        return lambda doc: any(_norm(v).lower().startswith(prefix) for v in _values(doc, field))
    if kind == "match":
        field, value = _single(spec, kind)
        words = {w.lower() for w in _TOKEN.findall(_norm(_value_of(value, "query")))}
        require_all = isinstance(value, dict) and str(value.get("operator", "or")).lower() == "and"
        return _match(field, words, require_all)
    if kind == "exists":
        field = _value_of(spec, "field")
        if not isinstance(field, str):
            raise QueryError("[exists] needs a [field]")
        return lambda doc: bool(_values(doc, field))
    if kind == "range":
        field, bounds = _single(spec, kind)
        if not isinstance(bounds, dict):
            raise QueryError("[range] needs bounds")
        return _range(field, bounds)
    if kind == "bool":
        if not isinstance(spec, dict):
            raise QueryError("[bool] expects an object")
        return _bool(spec)
    if kind == "nested":
        # Documents are flat already, so the inner query applies as is.
        return compile_query(_value_of(spec, "query"))
    if kind in ("query_string", "simple_query_string"):
        if not isinstance(spec, dict) or not isinstance(spec.get("query"), str):
            raise QueryError(f"[{kind}] needs a [query] string")
        fields = spec.get("fields") or ([spec["default_field"]] if spec.get("default_field") else None)
        operator = str(spec.get("default_operator", "or")).lower()
        return _query_string(spec["query"], fields, operator == "and")
    raise QueryError(f"Unsupported query type [{kind}]")


def _match(field: str, words: set[str], require_all: bool) -> Predicate:
    def predicate(doc: Doc) -> bool:
        tokens = {t.lower() for v in _values(doc, field) for t in _TOKEN.findall(_norm(v))}
        return words <= tokens if require_all else bool(words & tokens)

    return predicate


def _compare(a: Any, b: Any) -> int:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return (a > b) - (a < b)
    sa, sb = _norm(a), _norm(b)
    return (sa > sb) - (sa < sb)


def _range(field: str, bounds: dict[str, Any]) -> Predicate:
    checks = [(op, bounds[op]) for op in ("gt", "gte", "lt", "lte") if op in bounds]

    def ok(v: Any) -> bool:
        for op, bound in checks:
            c = _compare(v, bound)
            if (
                (op == "gt" and c <= 0)
                or (op == "gte" and c < 0)
                or (op == "lt" and c >= 0)
                or (op == "lte" and c > 0)
            ):
                return False
        return True

    return lambda doc: any(ok(v) for v in _values(doc, field))


def _bool(spec: dict[str, Any]) -> Predicate:
    must = [compile_query(q) for key in ("must", "filter") for q in _clauses(spec.get(key))]
    must_not = [compile_query(q) for q in _clauses(spec.get("must_not"))]
    should = [compile_query(q) for q in _clauses(spec.get("should"))]
    minimum = spec.get("minimum_should_match")
    need = int(minimum) if isinstance(minimum, int) else (0 if must else 1) if should else 0

    def predicate(doc: Doc) -> bool:
        if not all(p(doc) for p in must) or any(p(doc) for p in must_not):
            return False
        return need == 0 or sum(1 for p in should if p(doc)) >= need

    return predicate


_DEFAULT_TEXT_FIELDS = ("id", "name", "alias")


def _query_string(text: str, fields: Sequence[str] | None, require_all: bool) -> Predicate:
    """``field:value`` terms (``*`` wildcards allowed) and bare words, joined by AND/OR."""
    parts: list[Predicate] = []
    join_all = require_all
    for token in text.split():
        upper = token.upper()
        if upper in ("AND", "&&"):
            join_all = True
            continue
        if upper in ("OR", "||"):
            continue
        field, sep, value = token.partition(":")
        targets = [field] if sep else list(fields or _DEFAULT_TEXT_FIELDS)
        pattern = (value if sep else token).strip('"').lower()
        if pattern in ("*", ""):
            parts.append(lambda doc: True)
            continue
        if "*" not in pattern and "?" not in pattern and not sep:
            pattern = f"*{pattern}*"
        parts.append(_glob(targets, pattern))
    if not parts:
        return lambda doc: True
    if join_all:
        return lambda doc: all(p(doc) for p in parts)
    return lambda doc: any(p(doc) for p in parts)


def _glob(fields: list[str], pattern: str) -> Predicate:
    return lambda doc: any(
        fnmatch.fnmatchcase(_norm(v).lower(), pattern) for f in fields for v in _values(doc, f)
    )


# --- sorting and paging --------------------------------------------------------------------------


def parse_sort(sort: Any, default: SortSpec) -> SortSpec:
    """ES sort clauses ("field", {"field": "desc"}, {"field": {"order": "desc"}}) plus the id tie-breaker."""
    spec: SortSpec = []
    if sort in (None, []):
        spec = list(default)
    else:
        if not isinstance(sort, list):
            sort = [sort]
        for item in sort:
            if isinstance(item, str):
                field, order = item, "asc"
            elif isinstance(item, dict) and len(item) == 1:
                ((field, value),) = item.items()
                order = _value_of(value, "order") or "asc"
            else:
                raise QueryError(f"Unsupported sort clause {orjson.dumps(item, default=str).decode()}")
            if field == "_score":
                continue
            if str(order).lower() not in ("asc", "desc"):
                raise QueryError(f"Unsupported sort order [{order}]")
            spec.append((str(field).removesuffix(".keyword"), str(order).lower() == "desc"))
    if not spec or spec[-1][0] != "id":
        spec.append(("id", False))
    return spec


def sort_values(doc: Doc, spec: SortSpec) -> list[Any]:
    out = []
    for field, _ in spec:
        values = _values(doc, field)
        out.append(values[0] if values else None)
    return out


#: Maps each byte b to 255 - b: inverting UTF-8 bytes reverses the order of strings.
_INVERT = bytes(range(255, -1, -1))


def _inverted(text: str) -> bytes:
    # The trailing 0xff sorts a prefix after its extensions ("ab" after "abc"), as descending order
    # requires; bytes compare in C, which keeps sorting thousands of documents per page cheap.
    return text.encode().translate(_INVERT) + b"\xff"


def _field_key(value: Any, desc: bool) -> tuple[Any, ...]:
    """A tuple that orders values of one field (numbers before strings, missing values last)."""
    if value is None:
        return (1, 0, 0)
    if isinstance(value, (bool, int, float)):
        return (0, 0, -value if desc else value)
    text = str(value)
    return (0, 1, _inverted(text)) if desc else (0, 2, text)


def sort_key(values: list[Any], spec: SortSpec) -> tuple[Any, ...]:
    """A flat tuple, so comparisons stay in C (nested tuples would cost a Python-level compare each)."""
    out: list[Any] = []
    for value, (_, desc) in zip(values, spec, strict=True):
        out.extend(_field_key(value, desc))
    return tuple(out)


def doc_key(doc: Doc, spec: SortSpec) -> tuple[Any, ...]:
    """The sort key of a document (callers may cache it alongside the document)."""
    return sort_key(sort_values(doc, spec), spec)


def sort_docs(items: list[tuple[Any, tuple[Any, ...]]]) -> tuple[list[Any], list[Any]]:
    """Sort ``(item, key)`` pairs; returns the items and their keys (for :func:`position_after`)."""
    order = sorted(range(len(items)), key=lambda i: items[i][1])
    return [items[i][0] for i in order], [items[i][1] for i in order]


def position_after(keys: list[Any], spec: SortSpec, after: list[Any]) -> int:
    """Index of the first key sorting strictly after ``after`` (search-after semantics)."""
    try:
        return bisect_right(keys, sort_key(after, spec))
    except TypeError:
        raise QueryError("The cursor does not match the sort") from None


def encode_cursor(query: Any, spec: SortSpec, size: int, after: list[Any]) -> str:
    payload = orjson.dumps({"q": query, "s": [[f, d] for f, d in spec], "n": size, "a": after})
    return base64.urlsafe_b64encode(payload).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[Any, SortSpec, int, list[Any]]:
    try:
        data = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        spec = [(str(f), bool(d)) for f, d in data["s"]]
        size = int(data["n"])
        after = list(data["a"])
        if len(after) != len(spec):
            raise ValueError("cursor shape")
        return data["q"], spec, size, after
    except (binascii.Error, ValueError, KeyError, TypeError) as exc:
        raise QueryError(f"Invalid cursor: {exc}") from None


def minimal(doc: Doc, attributes: list[str]) -> dict[str, Any]:
    """A ``minimal_metadata`` entry: the requested attributes that the document has."""
    out: dict[str, Any] = {}
    for name in attributes:
        values = _values(doc, name)
        if values:
            out[name] = values[0] if len(values) == 1 else list(values)
    return out

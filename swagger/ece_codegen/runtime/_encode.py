"""How parameter values become text on the wire: path segments, query, headers, form fields.

One encoder for every place a Python value turns into request text, so each
rule is decided once (the ``ece_async`` facade's raw ``request()`` uses it too):

* scalars: ``str`` as is, ``bool`` as ``true``/``false``, ``int`` and finite
  ``float`` as numbers, enum members as their value.  Anything else (``None``,
  ``bytes``, ``dict``, ``set``, dates, arbitrary objects) is refused with
  :class:`EncodeError`: it would otherwise go out as a Python ``repr``;
* arrays follow the parameter's Swagger ``collectionFormat``: ``csv`` (the
  Swagger default) ``a,b``, ``ssv`` ``a b``, ``tsv`` ``a<TAB>b``, ``pipes``
  ``a|b``, or ``multi`` (the name repeated; query and form fields only).  A
  separator inside an item is percent-quoted, so items never merge;
* a path parameter is exactly one percent-quoted segment (``/`` included) and
  never empty, ``.`` or ``..``: a proxy that normalises the path would send
  ``/deployments/d1/elasticsearch/../_shutdown`` to ``/deployments/d1/_shutdown``.
  Those values are refused rather than escaped, because ``%2E%2E`` is an
  equivalent spelling of ``..`` that normalisers may decode (RFC 3986, 6.2.2.2);
* header names are RFC 9110 tokens (no ``:``, space or control character) and
  header values carry no control character but a tab (CR/LF would inject headers;
  NUL, VT, ESC and the like are refused by servers, and by aiohttp itself as a bare
  ``ValueError`` at send time): :func:`header_problem`, the one rule for both.

Error messages name the parameter and the type, never the value (it may be a
secret).
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn
from urllib.parse import quote, urlencode

from .types import UNSET, File

#: Separator of each ``collectionFormat`` that joins an array into one value.
SEPARATORS: dict[str, str] = {"csv": ",", "ssv": " ", "tsv": "\t", "pipes": "|"}

#: Every ``collectionFormat`` of Swagger 2.0.
COLLECTION_FORMATS: frozenset[str] = frozenset({*SEPARATORS, "multi"})

_DOT_SEGMENTS = frozenset({"", ".", ".."})
#: What a header value may not hold: control characters other than a tab (RFC 9110, 5.5).
_HEADER_VALUE_BREAKER = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
#: What a header name must be: an RFC 9110 token.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


class EncodeError(TypeError, ValueError):
    """A parameter value that cannot be sent: a type the wire has no form for, or an unsafe value.

    Both a ``TypeError`` and a ``ValueError``, so either ``except`` clause catches
    it.  A facade can make these errors instances of its own error hierarchy by
    registering a subclass with :func:`use_error_class`.
    """


_error_class: type[EncodeError] = EncodeError


def use_error_class(cls: type[EncodeError]) -> None:
    """Raise ``cls`` (a subclass of :class:`EncodeError`) for every encoding error from now on.

    ``ece_async`` registers its ``RequestEncodeError`` (an ``ECEError``) here, so
    its users catch one hierarchy; code using this package alone still catches
    :class:`EncodeError`, which that subclass remains.
    """
    global _error_class
    if not (isinstance(cls, type) and issubclass(cls, EncodeError)):
        raise TypeError(f"{cls!r} is not a subclass of EncodeError")
    _error_class = cls


def _fail(message: str) -> NoReturn:
    raise _error_class(message)


def param_text(name: str, value: Any) -> str:
    """The text of one scalar parameter value (see the module docstring for what is accepted)."""
    cls = value.__class__
    if cls is str:
        text: str = value
        return text
    if cls is bool:
        return "true" if value else "false"
    if cls is int:
        return int.__repr__(value)
    if isinstance(value, enum.Enum):
        return param_text(name, value.value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return float.__repr__(value)
        _fail(f"{name}: cannot send a non-finite float")
    _fail(
        f"{name}: cannot send a value of type {type(value).__name__};"
        " pass a str, int, float, bool or enum member"
    )


def _items(name: str, value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [param_text(name, item) for item in value]
    if isinstance(value, (str, int, float, enum.Enum)):
        return [param_text(name, value)]
    _fail(f"{name}: cannot send a value of type {type(value).__name__} as an array; pass a list")


def _separator(name: str, collection_format: str) -> str:
    separator = SEPARATORS.get(collection_format)
    if separator is None:
        _fail(f"{name}: collectionFormat {collection_format!r} cannot join an array into one value")
    return separator


def path_segment(name: str, value: Any, collection_format: str | None = None) -> str:
    """One percent-quoted path segment; arrays joined per ``collection_format``.

    Raises :class:`EncodeError` for a segment that would be empty, ``.`` or ``..``.
    """
    if collection_format is None:
        raw = param_text(name, value)
        segment = quote(raw, safe="")
    else:
        separator = _separator(name, collection_format)
        items = _items(name, value)
        raw = separator.join(items)
        segment = quote(separator, safe=",").join(quote(item, safe="") for item in items)
    if raw in _DOT_SEGMENTS:
        _fail(f"{name}: a path parameter cannot be {raw!r} (it would not be a segment of its own)")
    return segment


def query_array(name: str, value: Any, collection_format: str = "csv") -> list[tuple[str, str]]:
    """The query pairs of one array parameter: one pair per item for ``multi``, else one joined pair."""
    items = _items(name, value)
    if collection_format == "multi":
        return [(name, item) for item in items]
    return [(name, _separator(name, collection_format).join(items))]


def header_value(name: str, value: Any, collection_format: str | None = None) -> str:
    """The text of one header parameter (arrays joined per ``collection_format``)."""
    if collection_format is None:
        text = param_text(name, value)
    else:
        text = _separator(name, collection_format).join(_items(name, value))
    problem = header_problem(name, text)
    if problem is not None:
        _fail(f"{name}: {problem}")
    return text


def breaks_header(text: str) -> bool:
    """Whether ``text`` cannot be a header value: a line break (it would end the header line
    early), NUL or another control character but a tab."""
    return _HEADER_VALUE_BREAKER.search(text) is not None


def header_problem(name: str, value: str) -> str | None:
    """Why ``name: value`` cannot go into a request (``None``: it can): the one rule for every
    header, here and in the facade (credentials, user agent, content types, a caller's headers).
    Never quotes the value: it may be a secret."""
    if _HEADER_NAME.fullmatch(name) is None:
        return "a header name must be a token (letters, digits, !#$%&'*+-.^_`|~: no ':', space or control)"
    if breaks_header(value):
        return "a header value cannot contain a line break, NUL or another control character (VT, ESC, ...)"
    return None


def _model_items(body: Any) -> list[tuple[str, Any]]:
    """A generated model's set fields and extra keys as ``(json key, value)``."""
    items = [(key, getattr(body, attr)) for attr, key, _ in body.__ece_fields__]
    items.extend(body.additional_properties.items())
    return [(key, value) for key, value in items if value is not UNSET and value is not None]


def _text_pairs(items: list[tuple[str, Any]], collection_formats: Mapping[str, str]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, value in items:
        if isinstance(value, (list, tuple)):
            pairs.extend(query_array(key, value, collection_formats.get(key, "csv")))
        else:
            pairs.append((key, param_text(key, value)))
    return pairs


def form_body(body: Any, collection_formats: Mapping[str, str] | None = None) -> bytes:
    """An ``application/x-www-form-urlencoded`` body from a generated model's fields.

    Unset and ``None`` fields are left out; arrays follow ``collection_formats``
    (by field name; ``csv`` when not listed, the Swagger 2 default).
    """
    return urlencode(_text_pairs(_model_items(body), collection_formats or {})).encode("ascii")


def multipart_parts(
    body: Any, collection_formats: Mapping[str, str] | None = None
) -> tuple[tuple[str, File], ...]:
    """The parts of a ``multipart/form-data`` body: files as they are, other fields as text parts."""
    formats = collection_formats or {}
    parts: list[tuple[str, File]] = []
    for key, value in _model_items(body):
        if isinstance(value, File):
            parts.append((key, value))
        else:
            parts.extend(
                (name, File(payload=text.encode())) for name, text in _text_pairs([(key, value)], formats)
            )
    return tuple(parts)


def encode_query(
    params: Mapping[str, Any] | Iterable[tuple[str, Any]] | None,
) -> tuple[tuple[str, str], ...]:
    """Query pairs for a request the spec does not describe (``ece_async``'s raw ``request()``).

    ``None`` and :data:`UNSET` values are left out; a list or tuple repeats the
    name once per item (``multi``), like most HTTP clients do.
    """
    if not params:
        return ()
    items = params.items() if isinstance(params, Mapping) else params
    pairs: list[tuple[str, str]] = []
    for name, value in items:
        if not isinstance(name, str):
            _fail(f"query parameter names must be str, not {type(name).__name__}")
        if value is None or value is UNSET:
            continue
        if isinstance(value, (list, tuple)):
            pairs.extend(query_array(name, [v for v in value if v is not None and v is not UNSET], "multi"))
        else:
            pairs.append((name, param_text(name, value)))
    return tuple(pairs)


__all__ = [
    "COLLECTION_FORMATS",
    "SEPARATORS",
    "EncodeError",
    "breaks_header",
    "encode_query",
    "form_body",
    "header_problem",
    "header_value",
    "multipart_parts",
    "param_text",
    "path_segment",
    "query_array",
    "use_error_class",
]

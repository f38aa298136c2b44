"""Keeping credentials out of messages, reprs and logs.

Errors and log lines travel far (exception trackers, CI logs, support
tickets), so anything that ends up in them goes through here first: URLs lose
their userinfo and the values of credential-looking query parameters, and any
known secret string (an API key, a password, a token) is masked wherever it
appears, including in text the server echoed back, in the escaped forms a
server or a library may print it in (JSON string escapes, percent-encoding,
HTML entities).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, quote_plus, urlsplit, urlunsplit

from ._generated import is_secret_name

__all__ = ["MASK", "Redactor", "Secret", "is_sensitive_param", "mask_values", "redact_url", "spellings"]

MASK = "***"
#: Shorter strings are not masked on their own: that would mangle ordinary text.
MIN_SECRET_LENGTH = 4


class Secret:
    """A credential that prints as ``***``, so ``repr(vars(obj))`` cannot leak it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The real value: call only where it goes on the wire."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("Secret values are not picklable")


def is_sensitive_param(name: str) -> bool:
    """Whether a query parameter's value is masked wherever its URL is shown (the generated
    layer's one rule for secret names, which also masks them in ``Request`` reprs)."""
    return is_secret_name(name)


def spellings(secret: str) -> set[str]:
    """``secret`` as given and as it reads once escaped for JSON, a URL or HTML."""
    forms = {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(secret)[1:-1].replace("/", "\\/"),
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        _html_escaped(secret, quote=True),
        _html_escaped(secret, quote=False),
    }
    return {form for form in forms if len(form) >= MIN_SECRET_LENGTH}


def _html_escaped(text: str, *, quote: bool) -> str:
    # html.escape's replacements, without importing the html package: it loads its entity
    # table (about 1.3 ms), and every client with credentials spells its secrets at construction.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;") if quote else text


def mask_values(text: str, values: Iterable[str]) -> str:
    """``text`` with every spelling of each of ``values`` masked (longest first)."""
    forms = {form for value in values for form in spellings(value)}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, MASK)
    return text


def redact_url(url: str) -> str:
    """``url`` without userinfo and with credential-looking query values masked."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable url>"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = netloc.rpartition("@")[2]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = "&".join(
            f"{quote(name, safe='')}={MASK if is_sensitive_param(name) else quote(value, safe='')}"
            for name, value in pairs
        )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


class Redactor:
    """Masks the secret strings one client knows about, in each of their :func:`spellings`.

    Secrets live in named slots (``api_key``, ``password``, ``token``, ...), so
    renewing a token replaces the old value instead of growing the set forever.
    """

    __slots__ = ("_pattern", "_slots")

    def __init__(self) -> None:
        self._slots: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None

    def set(self, slot: str, secret: str | None) -> None:
        """Remember ``secret`` under ``slot`` (``None`` forgets it).

        Strings shorter than 4 characters are not masked: that would mangle text.
        """
        if secret is None or len(secret) < MIN_SECRET_LENGTH:
            self._slots.pop(slot, None)
        else:
            self._slots[slot] = secret
        forms = {form for value in self._slots.values() for form in spellings(value)}
        ordered = sorted(forms, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(s) for s in ordered)) if ordered else None

    def scrub(self, text: str) -> str:
        """``text`` with every known secret masked."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(MASK, text)

    def __repr__(self) -> str:
        return f"Redactor({len(self._slots)} secrets)"

"""Keeping credentials out of messages, reprs and logs.

Errors and log lines travel far (exception trackers, CI logs, support
tickets), so anything that ends up in them goes through here first: URLs lose
their userinfo and the values of credential-looking query parameters, and any
known secret string (an API key, a password, a token) is masked wherever it
appears, including in text the server echoed back.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from ._generated import is_secret_name

__all__ = ["MASK", "Redactor", "Secret", "redact_url"]

MASK = "***"


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
            f"{quote(name, safe='')}={MASK if is_secret_name(name) else quote(value, safe='')}"
            for name, value in pairs
        )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


class Redactor:
    """Masks the secret strings one client knows about.

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
        if secret is None or len(secret) < 4:
            self._slots.pop(slot, None)
        else:
            self._slots[slot] = secret
        ordered = sorted(set(self._slots.values()), key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(s) for s in ordered)) if ordered else None

    def scrub(self, text: str) -> str:
        """``text`` with every known secret masked."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(MASK, text)

    def __repr__(self) -> str:
        return f"Redactor({len(self._slots)} secrets)"

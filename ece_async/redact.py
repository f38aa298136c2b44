"""Keeping credentials out of messages, reprs and logs.

Errors and log lines travel far (exception trackers, CI logs, support
tickets), so anything that ends up in them goes through here first: URLs lose
their userinfo and the values of credential-looking query parameters, and any
known secret string (an API key, a password, a token) is masked wherever it
appears, including in text the server echoed back, in the escaped forms a
server or a library may print it in (JSON string escapes, percent-encoding in
any hex case and with ``+`` for spaces, HTML entities), also partly escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from ._generated import is_secret_name

__all__ = ["MASK", "Redactor", "Secret", "is_sensitive_param", "mask_values", "redact_url", "secret_pattern"]

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


#: Leading zeros an HTML numeric entity may carry and still be masked (``&#0039;``); bounded so that
#: the longest spelling of a secret, :attr:`Redactor.reach`, is known.
ENTITY_ZEROS = 4
_JSON_SHORT = {
    '"': '\\"',
    "\\": "\\\\",
    "/": "\\/",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}
_HTML_NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def _any_case(hex_digits: str) -> str:
    """A regex for ``hex_digits`` in upper, lower or mixed case."""
    return "".join(f"[{d.lower()}{d.upper()}]" if d.isalpha() else d for d in hex_digits)


def _char_spellings(char: str) -> tuple[str, int]:
    """A regex for every way ``char`` is escaped in JSON, a URL or HTML, and its longest match.

    Per character, so that partly escaped text (``quote`` leaves ``/`` alone, ``quote_plus``
    writes ``+``) and any hex case (``%2f``, ``\\u00E9``, ``&#X2F;``) match too.
    """
    code = ord(char)
    utf8 = char.encode("utf-8", "surrogatepass")
    units = [code] if code < 0x10000 else [0xD800 + ((code - 0x10000) >> 10), 0xDC00 + (code & 0x3FF)]
    forms = {
        re.escape(char): 1,
        "".join("%" + _any_case(f"{byte:02X}") for byte in utf8): 3 * len(utf8),
        "".join("\\\\u" + _any_case(f"{unit:04X}") for unit in units): 6 * len(units),
        f"&#0{{0,{ENTITY_ZEROS}}}{code};": 3 + ENTITY_ZEROS + len(str(code)),
        f"&#[xX]0{{0,{ENTITY_ZEROS}}}{_any_case(f'{code:X}')};": 4 + ENTITY_ZEROS + len(f"{code:X}"),
    }
    for escaped in (_JSON_SHORT.get(char), _HTML_NAMED.get(char), "+" if char == " " else None):
        if escaped is not None:
            forms[re.escape(escaped)] = len(escaped)
    return f"(?:{'|'.join(forms)})", max(forms.values())


def secret_pattern(secret: str) -> tuple[str, int]:
    """A regex for ``secret`` as given and in every escaped spelling, and the longest text it matches."""
    parts = [_char_spellings(char) for char in secret]
    return "".join(regex for regex, _ in parts), sum(longest for _, longest in parts)


def mask_values(text: str, values: Iterable[str]) -> str:
    """``text`` with every spelling of each of ``values`` masked."""
    return Redactor().with_values(values).scrub(text)


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
    """Masks the secret strings one client knows about, in every spelling (see :func:`secret_pattern`).

    Secrets live in named slots (``api_key``, ``password``, ``token``, ...), so
    renewing a token replaces the old value instead of growing the set forever.  The
    pattern is compiled when text is first scrubbed: most clients never scrub anything.
    Compiling is not cheap (about 100 ms for a 1.6 KB JWT in every spelling), so a call's
    own secret values (:meth:`with_values`) get a small pattern of their own on top of the
    client's, never a recompiled whole.
    """

    __slots__ = ("_base", "_before", "_pattern", "_reach", "_slots", "_stale")

    def __init__(self) -> None:
        self._slots: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None
        self._before: re.Pattern[str] | None = None
        self._base: Redactor | None = None
        self._reach = 0
        self._stale = False

    def set(self, slot: str, secret: str | None) -> None:
        """Remember ``secret`` under ``slot`` (``None`` forgets it).

        Strings shorter than 4 characters are not masked: that would mangle text.
        """
        if secret is None or len(secret) < MIN_SECRET_LENGTH:
            self._slots.pop(slot, None)
        else:
            self._slots[slot] = secret
        self._stale = True

    def with_values(self, values: Iterable[str]) -> Redactor:
        """A redactor that also masks ``values`` (one call's secret query parameter values),
        sharing this one's compiled pattern."""
        extra = Redactor()
        extra._base = self
        for index, value in enumerate(values):
            extra.set(f"value {index}", value)
        return extra

    def _compile(self) -> None:
        base = self._base
        held = list(base._slots.values()) if base is not None else []
        # A value holding one of the base's secrets is masked before them (whole, the secret with
        # it); any other after them (a value inside a base secret is masked with that secret).
        values = list(self._slots.values())
        before = [value for value in values if any(secret in value for secret in held)]
        first = [secret_pattern(value) for value in before]
        patterns = [secret_pattern(value) for value in values if value not in before]
        self._before, self._pattern = _compiled(first), _compiled(patterns)
        longest = max((reach for _, reach in first + patterns), default=0)
        self._reach = max(longest, base.reach if base is not None else 0)
        self._stale = False

    @property
    def reach(self) -> int:
        """The longest text one secret can be spelt as: a cut of text within this distance of a
        secret may hide it from :meth:`scrub`."""
        if self._stale:
            self._compile()
        return self._reach

    def scrub(self, text: str) -> str:
        """``text`` with every known secret masked."""
        if self._stale:
            self._compile()
        if not text:
            return text
        if self._before is not None:
            text = self._before.sub(MASK, text)
        if self._base is not None:
            text = self._base.scrub(text)
        if self._pattern is not None:
            text = self._pattern.sub(MASK, text)
        return text

    def __repr__(self) -> str:
        return f"Redactor({len(self._slots)} secrets)"


def _compiled(patterns: list[tuple[str, int]]) -> re.Pattern[str] | None:
    """One regex for all ``patterns``, longest first: a secret that contains another is masked whole."""
    if not patterns:
        return None
    ordered = sorted(patterns, key=lambda pattern: pattern[1], reverse=True)
    return re.compile("|".join(regex for regex, _ in ordered))

"""Keeping credentials out of messages, reprs and logs.

Errors and log lines travel far (exception trackers, CI logs, support
tickets), so anything that ends up in them goes through here first: URLs lose
their userinfo and the values of credential-looking query parameters, and any
known secret string (an API key, a password, a token) is masked wherever it
appears, including in text the server echoed back, in the escaped forms a
server or a library may print it in (JSON string escapes, percent-encoding in
any hex case and with ``+`` for spaces, HTML entities, Python ``str`` and
``bytes`` reprs, nested up to three layers deep, percent-encoding up to three layers deep,
and these stacked: JSON in a URL or in HTML), also partly escaped, and in
base64 (whatever surrounds it: Basic auth's ``user:password``).  Its patterns
are compiled outside ``re``'s module cache, which would keep them (and so the
secrets) for the life of the process.
"""

from __future__ import annotations

import base64
import importlib
import re
import sys
from collections.abc import Callable, Iterable
from urllib.parse import parse_qsl, quote, unquote_plus, urlsplit, urlunsplit

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
#: The most backslashes an escape may carry.  Each layer of escaping doubles them: a password in a
#: login's JSON body, in the ``b'...'`` repr aiohttp's parser errors print, in the ``repr`` of that
#: message (``ClientResponseError``'s ``str``) reads ``p\\xc3\\xa9ss\\\'``; 8 covers 3 layers.
ESCAPE_DEPTH = 8
#: Layers of URL encoding masked: ``%`` itself encoded as ``%25`` (a URL quoted into another one).
PERCENT_DEPTH = 3
_PERCENT = f"%(?:25){{0,{PERCENT_DEPTH - 1}}}"
_PERCENT_LONGEST = 1 + 2 * (PERCENT_DEPTH - 1)
#: A backslash as is, or percent-encoded (a JSON body quoted into a URL writes ``%5Cu00e9``).
_SLASH = "(?:\\\\|%5[cC])"
_SLASHES = f"{_SLASH}{{1,{ESCAPE_DEPTH}}}"  # regex: 1 to ESCAPE_DEPTH backslashes
_MAYBE_SLASHES = f"{_SLASH}{{0,{ESCAPE_DEPTH}}}"
_SLASHES_LONGEST = ESCAPE_DEPTH * 3
#: JSON's short escapes (also Python's, for \n \r \t): the letter after the backslashes.
_SHORT_ESCAPES = {"\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t"}
#: Characters JSON or Python's ``repr`` may put a backslash before (``\"``, ``\/``, ``\'``).
_ESCAPED_AS_IS = frozenset("\"'/")
_HTML_NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
#: Base64 of a secret shorter than this (in the middle of other data) is not masked: too short a
#: run of letters would mask ordinary text.
MIN_BASE64_LENGTH = 8


def _any_case(hex_digits: str) -> str:
    """A regex for ``hex_digits`` in upper, lower or mixed case."""
    return "".join(f"[{d.lower()}{d.upper()}]" if d.isalpha() else d for d in hex_digits)


def _escapes(char: str) -> dict[str, int]:
    """Backslash escapes of ``char`` (JSON, Python ``str`` and ``bytes`` reprs) at any depth, and
    each one's longest match."""
    code = ord(char)
    utf8 = char.encode("utf-8", "surrogatepass")
    units = [code] if code < 0x10000 else [0xD800 + ((code - 0x10000) >> 10), 0xDC00 + (code & 0x3FF)]
    unicode = "".join(_SLASHES + "u" + _any_case(f"{unit:04X}") for unit in units)
    forms = {unicode: (_SLASHES_LONGEST + 5) * len(units)}
    if char in _SHORT_ESCAPES:
        forms[_SLASHES + _SHORT_ESCAPES[char]] = _SLASHES_LONGEST + 1
    if code < 0x20 or code >= 0x7F:  # a bytes repr shows each byte of these as \xNN
        per_byte = "".join(_SLASHES + "x" + _any_case(f"{byte:02X}") for byte in utf8)
        forms[per_byte] = (_SLASHES_LONGEST + 3) * len(utf8)
    if not char.isprintable():  # so does a str repr, per code point
        escape = f"x{code:02X}" if code < 0x100 else f"U{code:08X}" if code >= 0x10000 else f"u{code:04X}"
        forms[_SLASHES + escape[0] + _any_case(escape[1:])] = _SLASHES_LONGEST + len(escape)
    return forms


def _char_spellings(char: str) -> tuple[str, int]:
    """A regex for every way ``char`` is escaped in JSON, a URL, HTML or a Python repr, and its
    longest match.

    Per character, so that partly escaped text (``quote`` leaves ``/`` alone, ``quote_plus``
    writes ``+``), any hex case (``%2f``, ``\\u00E9``, ``&#X2F;``) and escapes nested to any
    depth (see :data:`ESCAPE_DEPTH`) match too.
    """
    code = ord(char)
    utf8 = char.encode("utf-8", "surrogatepass")
    bare = {
        _SLASHES if char == "\\" else re.escape(char): _SLASHES_LONGEST if char == "\\" else 1,
        "".join(_PERCENT + _any_case(f"{byte:02X}") for byte in utf8): (_PERCENT_LONGEST + 2) * len(utf8),
        f"&#0{{0,{ENTITY_ZEROS}}}{code};": 3 + ENTITY_ZEROS + len(str(code)),
        f"&#[xX]0{{0,{ENTITY_ZEROS}}}{_any_case(f'{code:X}')};": 4 + ENTITY_ZEROS + len(f"{code:X}"),
    }
    for escaped in (_HTML_NAMED.get(char), "+" if char == " " else None):
        if escaped is not None:
            bare[re.escape(escaped)] = len(escaped)
    if char in _ESCAPED_AS_IS:  # each spelling may follow backslashes (``\\&quot;``: JSON shown in HTML)
        bare = {f"{_MAYBE_SLASHES}(?:{'|'.join(bare)})": _SLASHES_LONGEST + max(bare.values())}
    forms = {**bare, **_escapes(char)}
    return f"(?:{'|'.join(forms)})", max(forms.values())


def secret_pattern(secret: str) -> tuple[str, int]:
    """A regex for ``secret`` as given and in every escaped spelling, and the longest text it matches."""
    parts = [_char_spellings(char) for char in secret]
    return "".join(regex for regex, _ in parts), sum(longest for _, longest in parts)


def base64_cores(secret: str) -> list[str]:
    """What base64 of any data holding ``secret`` surely contains, whatever comes before or after it.

    Base64 packs 3 bytes into 4 characters, so the secret's characters depend on where it starts
    in a group of 3: one core per start (characters shared with neighbouring bytes dropped), in
    both alphabets (standard and URL-safe).  The ``user:password`` of Basic auth is such data.
    """
    data = secret.encode("utf-8", "surrogatepass")
    whole = base64.b64encode(data).decode("ascii")
    # The secret encoded alone (a Basic token is ``user:password`` alone), whole: its last
    # characters, which a core drops, carry the secret's last bits.
    candidates = [whole, whole.rstrip("=")]
    for offset in range(3):
        encoded = base64.b64encode(bytes(offset) + data).decode("ascii")
        candidates.append(encoded[-(-offset * 8 // 6) : (offset + len(data)) * 8 // 6])
    cores: list[str] = []
    for core in candidates:
        for spelling in (core, core.translate(_URLSAFE)):
            if len(spelling) >= MIN_BASE64_LENGTH and spelling not in cores:
                cores.append(spelling)
    return cores


_URLSAFE = str.maketrans("+/", "-_")
_BASE64_ESCAPED = {
    "+": f"(?:\\+|{_PERCENT}2[bB])",
    "/": f"(?:{_MAYBE_SLASHES}/|{_PERCENT}2[fF])",
    "=": f"(?:=|{_PERCENT}3[dD])",
}


def base64_patterns(secret: str) -> list[tuple[str, int]]:
    """Regexes for :func:`base64_cores` of ``secret`` (``+ / =`` also percent- or JSON-escaped)."""
    return [
        ("".join(_BASE64_ESCAPED.get(char, char) for char in core), len(core) * (_SLASHES_LONGEST + 1))
        for core in base64_cores(secret)
    ]


def mask_values(text: str, values: Iterable[str]) -> str:
    """``text`` with every spelling of each of ``values`` masked."""
    return Redactor().with_values(values).scrub(text)


def redact_url(url: str, secrets: Redactor | None = None) -> str:
    """``url`` without userinfo and with credential-looking query values masked; with ``secrets``,
    also every known secret wherever it stands (a key passed as ``params={"q": key}``, in a path)."""
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
    shown = urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    if secrets is not None and secrets.appears_in(unquote_plus(shown)):
        shown = secrets.scrub(shown)
    return shown


class Redactor:
    """Masks the secret strings one client knows about, in every spelling (see :func:`secret_pattern`).

    Secrets live in named slots (``api_key``, ``password``, ``token``, ...), so
    renewing a token replaces the old value instead of growing the set forever.  The
    pattern is compiled when text is first scrubbed: most clients never scrub anything.
    Compiling is not cheap (about 0.3 s for a 1.6 KB JWT in every spelling), so a call's
    own secret values (:meth:`with_values`) get a small pattern of their own on top of the
    client's, never a recompiled whole.
    """

    __slots__ = ("_base", "_before", "_cores", "_pattern", "_reach", "_slots", "_stale")

    def __init__(self) -> None:
        self._slots: dict[str, str] = {}
        #: Base64 cores of each slot's secret, made when first needed (:meth:`appears_in`).
        self._cores: dict[str, list[str]] = {}
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
        self._cores.pop(slot, None)
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
        first = [pattern for value in before for pattern in _patterns(value)]
        patterns = [pattern for value in values if value not in before for pattern in _patterns(value)]
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

    def appears_in(self, text: str) -> bool:
        """Whether a secret stands in ``text`` as given or in base64: a quick test that spares
        compiling every spelling (about 0.3 s for a long token) for text that is not escaped
        (a URL, once percent-decoded)."""
        for slot, secret in self._slots.items():
            if secret in text:
                return True
            cores = self._cores.get(slot)
            if cores is None:
                cores = self._cores[slot] = base64_cores(secret)
            if any(core in text for core in cores):
                return True
        return self._base is not None and self._base.appears_in(text)

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
        return mask_partials(text, self._slots.values()) if self._slots else text

    def __repr__(self) -> str:
        return f"Redactor({len(self._slots)} secrets)"


#: How much of a secret's start or end, echoed on its own, is masked (with whatever more of it follows).
PARTIAL_LENGTH = 8
#: Secrets shorter than this are masked whole only: 8 of a 9-character secret's characters are
#: as likely a near miss (another key, the next serial number) as an echo cut short.
PARTIAL_MIN_SECRET = 2 * PARTIAL_LENGTH


def mask_partials(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each run that is a secret's start or end, at least :data:`PARTIAL_LENGTH`
    characters long, masked: a server that echoes a key cut short (``key abcd1234ef... is not
    valid``) or its last characters shows no more of it than that.  Only for secrets of at least
    :data:`PARTIAL_MIN_SECRET` characters."""
    spans: list[tuple[int, int]] = []
    for secret in secrets:
        if len(secret) >= PARTIAL_MIN_SECRET:
            spans.extend(_heads(text, secret))
            spans.extend(_tails(text, secret))
    if not spans:
        return text
    spans.sort()
    pieces: list[str] = []
    done = -1  # where the last mask ends (overlapping or touching spans share one mask)
    for start, end in spans:
        if start > done:
            pieces.extend((text[max(done, 0) : start], MASK))
        done = max(done, end)
    pieces.append(text[done:])
    return "".join(pieces)


def _heads(text: str, secret: str) -> list[tuple[int, int]]:
    """Where ``text`` holds the start of ``secret``, each run as long as it goes on matching."""
    found = []
    start = text.find(secret[:PARTIAL_LENGTH])
    while start != -1:
        end = start + PARTIAL_LENGTH
        while end < len(text) and end - start < len(secret) and text[end] == secret[end - start]:
            end += 1
        found.append((start, end))
        start = text.find(secret[:PARTIAL_LENGTH], end)
    return found


def _tails(text: str, secret: str) -> list[tuple[int, int]]:
    """Where ``text`` holds the end of ``secret``, each run as far back as it goes on matching."""
    found = []
    tail = secret[-PARTIAL_LENGTH:]
    end = text.find(tail)
    while end != -1:
        stop = end + PARTIAL_LENGTH
        start = end
        while start > 0 and stop - start < len(secret) and text[start - 1] == secret[-(stop - start) - 1]:
            start -= 1
        found.append((start, stop))
        end = text.find(tail, stop)
    return found


def _patterns(secret: str) -> list[tuple[str, int]]:
    """The regexes that mask ``secret``: its spellings, and base64 of it."""
    return [secret_pattern(secret), *base64_patterns(secret)]


def _compiled(patterns: list[tuple[str, int]]) -> re.Pattern[str] | None:
    """One regex for all ``patterns``, longest first: a secret that contains another is masked whole."""
    if not patterns:
        return None
    ordered = sorted(patterns, key=lambda pattern: pattern[1], reverse=True)
    return _compile_uncached("|".join(regex for regex, _ in ordered), 0)


def _uncached_compiler() -> Callable[[str, int], re.Pattern[str]]:
    """``re``'s compiler without its module-wide cache.

    ``re.compile`` keeps the last 512 patterns, source included, in ``re``'s module state, where
    they outlive the client and show in any dump of it; these patterns spell the secrets out.
    """
    module = importlib.import_module("re._compiler" if sys.version_info >= (3, 11) else "sre_compile")
    compiler: Callable[[str, int], re.Pattern[str]] = getattr(module, "compile", re.compile)
    return compiler


_compile_uncached = _uncached_compiler()

"""Checks of what a client, its options and its policies are configured with.

A setting of the wrong type or out of range fails where it is given, as one
:class:`~ece_async.errors.ConfigurationError` naming the parameter, rather than
as an ``AttributeError`` or ``TypeError`` deep inside aiohttp on the first call.
Messages show a value only when it is a number: a string passed to the wrong
parameter may be a credential.
"""

from __future__ import annotations

import math
from typing import Any, TypeGuard

from ._generated import breaks_header
from .errors import ConfigurationError

__all__ = ["count", "header_setting", "instance", "number", "optional_number"]


def _is_number(value: object) -> TypeGuard[float]:
    """An int or a float, not a bool (``True`` is an int, and never meant as a number here)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _finite(value: float) -> bool:
    """Whether ``value`` is a finite float, or an int one can hold (``10**400`` is neither)."""
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def _kind(value: object) -> str:
    """How a rejected value is shown: numbers as such (an int no float can hold by its size),
    anything else by its type only."""
    if isinstance(value, int) and not isinstance(value, bool) and not _finite(value):
        return f"an int of {value.bit_length()} bits"
    return repr(value) if _is_number(value) else type(value).__name__


def number(name: str, value: object, *, minimum: float = 0.0, inclusive: bool = False) -> float:
    """``value`` as a finite float above ``minimum`` (or equal to it, with ``inclusive``)."""
    if _is_number(value) and _finite(value):
        if value > minimum or (inclusive and value == minimum):
            return float(value)
    bound = f">= {minimum:g}" if inclusive else f"> {minimum:g}"
    raise ConfigurationError(f"{name} must be a finite number {bound}, got {_kind(value)}")


def optional_number(
    name: str, value: object, *, minimum: float = 0.0, inclusive: bool = False
) -> float | None:
    """Like :func:`number`; ``None`` (no limit) passes."""
    if value is None:
        return None
    try:
        return number(name, value, minimum=minimum, inclusive=inclusive)
    except ConfigurationError as exc:
        raise ConfigurationError(f"{exc} (None: no limit)") from None


def count(name: str, value: object, *, minimum: int = 1) -> int:
    """``value`` as an int of at least ``minimum`` (a bool or a float is refused)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ConfigurationError(f"{name} must be an int >= {minimum}, got {_kind(value)}")
    return value


def instance(name: str, value: Any, kind: type | tuple[type, ...], what: str) -> None:
    """Refuse ``value`` unless it is a ``kind`` (``what`` names it for the message)."""
    if not isinstance(value, kind):
        raise ConfigurationError(f"{name} must be {what}, not {type(value).__name__}")


def header_setting(name: str, value: str) -> None:
    """Credentials and the user agent go into headers: a line break there would split the request."""
    if breaks_header(value):
        raise ConfigurationError(
            f"{name} contains a line break, NUL or another control character; it cannot go into a header"
        )

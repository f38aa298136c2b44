"""The one way ece_async defines a record: an attrs class with slots.

* ``@attrs.frozen`` for values: options, hook events, error details, plan and audit
  findings, anything handed to a caller, compared or used as a key;
* ``@attrs.define`` for state one owner fills in or updates in place (the audit's rows
  while they are built, the simulator's world).

A public value also derives from :class:`Record`, for ``replace()`` and an error that
names the class when someone assigns to a field.  mypy's attrs plugin sees all of them
(constructor signatures, read-only fields), in this repository and in a user's checker.

The price is paid at import: attrs compiles each class's ``__init__``, ``__repr__``,
``__eq__`` and ``__hash__`` (about 0.4 ms a class on the 2-core reference machine), so
``from ece_async import ECEClient`` builds only the six it needs (the options, ``ErrorDetail``,
``RetryDecision``, ``Outcome``); the hook records load with the first client given hooks.
The README's contributor section has the measured import cost.  A record built in bulk on a
hot path is an ``attrs.define`` even when nobody changes it (``_wire.Outcome``, one per
attempt; the simulator's ``Planned``): its ``__init__`` is the plain assignments a
hand-written one would be (150 ns for five fields), where a frozen one goes through
``object.__setattr__`` (460 ns).
"""

from __future__ import annotations

from typing import Any, NoReturn, TypeVar, cast

import attrs
from attrs.exceptions import FrozenInstanceError

__all__ = ["Record"]

R = TypeVar("R", bound="Record")


class Record:
    """Base of the public ``@attrs.frozen`` classes: ``replace()`` and a clear immutability error."""

    __slots__ = ()

    def replace(self: R, **changes: Any) -> R:
        """A copy with ``changes`` applied, checked like the constructor's arguments."""
        return cast(R, attrs.evolve(cast(Any, self), **changes))

    @classmethod
    def __attrs_init_subclass__(cls) -> None:
        # attrs gives frozen classes a __setattr__ that says only "can't set attribute".
        setattr(cls, "__setattr__", _refuse_assignment)  # noqa: B010  (mypy: no method assignment)
        setattr(cls, "__delattr__", _refuse_deletion)  # noqa: B010


def _refuse_assignment(self: Record, name: str, value: object) -> NoReturn:
    raise _immutable(self, f"derive a copy with .replace({name}=...)")


def _refuse_deletion(self: Record, name: str) -> NoReturn:
    raise _immutable(self, "derive a copy with .replace()")


def _immutable(record: Record, advice: str) -> FrozenInstanceError:
    message = f"{type(record).__name__} is immutable: {advice}"
    error = FrozenInstanceError()
    error.msg, error.args = message, (message,)
    return error

"""A tiny immutable-record base, because ``import ece_async`` must stay cheap.

``@dataclass(frozen=True)`` builds its methods with ``exec`` at import time
(around a millisecond per class); the handful of option and event classes
here would cost more to define than the rest of the package.  Subclasses list
their fields in ``_fields`` (declaration order, used by ``repr``/``replace``)
and in ``__slots__``, and set them with :meth:`_init`.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

F = TypeVar("F", bound="Frozen")


class Frozen:
    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def _init(self, **values: Any) -> None:
        setter = object.__setattr__
        for name, value in values.items():
            setter(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable (use .replace())")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self), self._values()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({inner})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), {name: getattr(self, name) for name in self._fields}))

    def replace(self: F, **changes: Any) -> F:
        """A copy with some fields changed."""
        values = {name: getattr(self, name) for name in self._fields}
        unknown = set(changes) - set(values)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field(s) {', '.join(sorted(unknown))}")
        values.update(changes)
        return type(self)(**values)


def _rebuild(cls: type[F], values: dict[str, Any]) -> F:
    return cls(**values)

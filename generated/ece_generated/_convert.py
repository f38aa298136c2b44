"""The conversion engine behind every generated model's ``from_dict``/``to_dict``.

Models only declare data: each class carries ``__ece_fields__``, a tuple of
``(attribute, json_key, kind)`` where ``kind`` is ``None`` (kept as sent),
a model class name, ``("enum", name)``, ``("list", kind)`` or
``("dict", kind)``, and ``__ece_extra__``, the kind of undeclared keys.

A cattrs :class:`~cattrs.Converter` dispatches to hook factories that compile,
once per class and on first use, a straight-line function from that data
(the same technique cattrs uses for its own generated hooks).  The compiled
functions are *tolerant* and *faithful*:

* a missing key stays :data:`UNSET` and is omitted again on output;
* ``null`` stays ``None`` whatever the spec says;
* a value of an unexpected JSON type is kept as sent;
* keys the spec does not list are kept in ``additional_properties``;
* an enum value the spec does not list becomes a pseudo-member that
  serialises back to the same string.

So ``Model.from_dict(d).to_dict() == d`` for any JSON object ``d``, and a
read-modify-write never drops server data.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

import cattrs

from .types import UNSET, File

M = TypeVar("M", bound="Model")
E = TypeVar("E", bound="OpenEnum")

_models_package = __name__.rpartition(".")[0] + ".models"


class OpenEnum(str, enum.Enum):
    """A string enum that accepts values the spec does not list.

    ECE adds enum values in new releases; an older client must still decode
    (and re-encode unchanged) what a newer server sends.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec this client was generated from does not list."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self._value_)


class Model:
    """Base of every generated model."""

    __slots__ = ()
    __ece_fields__: ClassVar[tuple[tuple[str, str, Any], ...]] = ()
    __ece_extra__: ClassVar[Any] = None

    @classmethod
    def from_dict(cls: type[M], src: Mapping[str, Any]) -> M:
        """Decode a JSON object (as parsed by ``json``/``orjson``) into this model."""
        if not isinstance(src, Mapping):
            raise TypeError(f"{cls.__name__}.from_dict() needs a JSON object (a mapping), got {type(src).__name__}")
        return converter.structure(src if type(src) is dict else dict(src), cls)

    def to_dict(self) -> dict[str, Any]:
        """Encode back to a JSON-ready dict, with unknown keys and nulls as received."""
        result: dict[str, Any] = converter.unstructure(self)
        return result


def _resolve(name: str) -> Any:
    return getattr(importlib.import_module(_models_package), name)


class _Compiler:
    """Builds the source of one structure or unstructure function."""

    def __init__(self, lookup: Callable[[type[Any]], Callable[[Any], Any]], direction: str) -> None:
        self._lookup = lookup
        self._decode = direction == "structure"
        self.namespace: dict[str, Any] = {"UNSET": UNSET}
        self._counter = 0

    def _bind(self, value: Any) -> str:
        self._counter += 1
        name = f"_b{self._counter}"
        self.namespace[name] = value
        return name

    def expr(self, kind: Any, var: str, depth: int = 0) -> str:
        """An expression converting ``var`` according to ``kind``; other shapes pass through."""
        if kind is None:
            return var
        if isinstance(kind, str):
            cls = _resolve(kind)
            fn = self._bind(self._lookup(cls))
            if self._decode:
                return f"({fn}({var}) if {var}.__class__ is dict else {var})"
            return f"({fn}({var}) if {var}.__class__ is {self._bind(cls)} else {var})"
        tag, inner = kind
        if tag == "enum":
            cls = _resolve(inner)
            if self._decode:
                members = self._bind(cls._value2member_map_)
                return (
                    f"(({members}[{var}] if {var} in {members} else {self._bind(cls)}({var}))"
                    f" if {var}.__class__ is str else {var})"
                )
            return f"({var}._value_ if {var}.__class__ is {self._bind(cls)} else {var})"
        item = f"_i{depth}"
        inner_expr = self.expr(inner, item, depth + 1)
        if inner_expr == item:
            return var
        if tag == "list":
            return f"([{inner_expr} for {item} in {var}] if {var}.__class__ is list else {var})"
        if tag == "dict":
            key = f"_k{depth}"
            return f"({{{key}: {inner_expr} for {key}, {item} in {var}.items()}} if {var}.__class__ is dict else {var})"
        raise ValueError(f"unknown field kind {kind!r}")


def _compile(cls: type[Model], direction: str, lookup: Callable[[type[Any]], Callable[[Any], Any]]) -> Any:
    compiler = _Compiler(lookup, direction)
    fields = cls.__ece_fields__
    known = frozenset(json_key for _, json_key, _ in fields)
    ns = compiler.namespace
    ns["_cls"] = cls
    ns["_known"] = known
    lines: list[str]
    if direction == "structure":
        lines = ["def structure(d):", "    g = d.get", "    o = _cls.__new__(_cls)"]
        for attr_name, json_key, kind in fields:
            lines.append(f"    v = g({json_key!r}, UNSET)")
            lines.append(f"    o.{attr_name} = {compiler.expr(kind, 'v')}")
        extra = compiler.expr(cls.__ece_extra__, "v")
        lines.append("    if d.keys() <= _known:")
        lines.append("        o.additional_properties = {}")
        lines.append("    else:")
        lines.append(f"        o.additional_properties = {{k: {extra} for k, v in d.items() if k not in _known}}")
        lines.append("    return o")
    else:
        lines = ["def unstructure(o):", "    r = {}"]
        for attr_name, json_key, kind in fields:
            lines.append(f"    v = o.{attr_name}")
            lines.append("    if v is not UNSET:")
            lines.append(f"        r[{json_key!r}] = {compiler.expr(kind, 'v')}")
        extra = compiler.expr(cls.__ece_extra__, "v")
        lines.append("    extra = o.additional_properties")
        lines.append("    if extra:")
        lines.append(
            f"        r.update({{k: {extra} for k, v in extra.items()}})" if extra != "v" else "        r.update(extra)"
        )
        lines.append("    return r")
    source = "\n".join(lines) + "\n"
    filename = f"<ece {direction} {cls.__module__}.{cls.__qualname__}>"
    exec(compile(source, filename, "exec"), ns)  # noqa: S102 - trusted, generated from class metadata
    return ns[direction]


class _FunctionCache:
    """Compiled functions per class; cycles in the schema get a late-binding trampoline."""

    def __init__(self, direction: str) -> None:
        self._direction = direction
        self._done: dict[type[Any], Callable[[Any], Any]] = {}
        self._building: set[type[Any]] = set()

    def __call__(self, cls: type[Any]) -> Callable[[Any], Any]:
        fn = self._done.get(cls)
        if fn is not None:
            return fn
        if cls in self._building:
            done = self._done
            return lambda value: done[cls](value)
        self._building.add(cls)
        try:
            compiled: Callable[[Any], Any] = _compile(cls, self._direction, self)
        finally:
            self._building.discard(cls)
        self._done[cls] = compiled
        return compiled


structure_function = _FunctionCache("structure")
unstructure_function = _FunctionCache("unstructure")


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, Model)


def _structure_hook_factory(cls: type[Model]) -> Callable[[Any, Any], Any]:
    fn = structure_function(cls)

    def hook(value: Any, _type: Any) -> Any:
        return fn(value)

    return hook


def _unstructure_hook_factory(cls: type[Model]) -> Callable[[Any], Any]:
    return unstructure_function(cls)


_decoders: dict[Any, Callable[[Any], Any]] = {}


def decode(kind: Any, data: Any) -> Any:
    """Decode a response body of the given kind (tolerantly, like model fields)."""
    fn = _decoders.get(kind)
    if fn is None:
        compiler = _Compiler(structure_function, "structure")
        source = f"def decoder(v):\n    return {compiler.expr(kind, 'v')}\n"
        exec(compile(source, f"<ece decoder {kind!r}>", "exec"), compiler.namespace)  # noqa: S102
        fn = _decoders[kind] = compiler.namespace["decoder"]
    return fn(data)


def jsonable(value: Any) -> Any:
    """A request body as JSON-ready data: models become dicts, enums their values."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    return value


def multipart_parts(body: Model) -> tuple[tuple[str, File], ...]:
    """The parts of a ``multipart/form-data`` body: file fields as is, others as text."""
    parts = []
    for attr_name, json_key, _ in body.__ece_fields__:
        value = getattr(body, attr_name)
        if value is UNSET or value is None:
            continue
        if not isinstance(value, File):
            value = File(payload=str(jsonable(value)).encode())
        parts.append((json_key, value))
    return tuple(parts)


def _is_open_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, OpenEnum)


converter = cattrs.Converter()
converter.register_structure_hook_factory(_is_model, _structure_hook_factory)
converter.register_unstructure_hook_factory(_is_model, _unstructure_hook_factory)
converter.register_structure_hook_func(_is_open_enum, lambda value, cls: cls(value))

__all__ = ["Model", "OpenEnum", "converter", "decode", "jsonable", "multipart_parts"]

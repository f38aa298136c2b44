# Copied verbatim from swagger/ece_codegen/runtime/_convert.py by `make generate`: edit that file, not this copy.
"""The conversion engine behind every generated model's ``from_dict``/``to_dict``.

Models only declare data: each class carries ``__ece_fields__``, a tuple of
``(attribute, json_key, kind)`` where ``kind`` is ``None`` (kept as sent),
a model class (or its name in the sibling ``models`` package), ``("enum", name)``,
``("list", kind)`` or
``("dict", kind)``, and ``__ece_extra__``, the kind of undeclared keys.

A cattrs :class:`~cattrs.Converter` dispatches to hook factories that compile,
once per class and on first use, a straight-line function from that data
(the same technique cattrs uses for its own generated hooks).  The compiled
functions are *tolerant* and *faithful*:

* a missing key of an optional field stays :data:`UNSET` and is omitted again on output;
* a required field the server left out (or sent as ``null``, unless the spec
  makes it nullable: then ``None`` is its value) is not set at all:
  reading it raises :class:`MissingFieldError` naming the model and the field,
  so ``name: str`` never hands out anything but a string, and the output has
  the key left out (or ``null``) again;
* ``null`` in an optional field stays ``None``;
* a value of an unexpected JSON type is kept as sent;
* keys the spec does not list are kept in ``additional_properties``;
* an enum value the spec does not list becomes a pseudo-member that
  serialises back to the same string.

So ``Model.from_dict(d).to_dict() == d`` for any JSON object ``d``, and a
read-modify-write never drops server data.
"""

from __future__ import annotations

import enum
import functools
import importlib
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

import attrs
import cattrs

from .types import UNSET

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


class MissingFieldError(AttributeError):
    """A required field was read that the server left out, or sent as ``null``.

    Decoding never fails on such data (a read-modify-write must keep what the
    server sent), so the error comes when the field is read: the annotation
    (``name: str``) holds for every value a read returns.  An ``AttributeError``
    so that ``hasattr(model, "name")`` and ``getattr(model, "name", default)``
    test for the field.  ``ece_async`` registers its own subclass (also a
    ``ResponseDecodeError``) with :func:`use_missing_field_class`.
    """

    def __init__(self, message: str, *, model: str = "", field: str = "") -> None:
        super().__init__(message, name=field or None)
        self.model = model
        self.field = field


_missing_field_class: type[MissingFieldError] = MissingFieldError


def use_missing_field_class(cls: type[MissingFieldError]) -> None:
    """Raise ``cls`` (a subclass of :class:`MissingFieldError`) for every missing required field."""
    global _missing_field_class
    if not (isinstance(cls, type) and issubclass(cls, MissingFieldError)):
        raise TypeError(f"{cls!r} is not a subclass of MissingFieldError")
    _missing_field_class = cls


def _missing_field(model: str, field: str, null: bool) -> MissingFieldError:
    sent = "sent null for" if null else "left out"
    message = (
        f"{model}.{field}: the server {sent} this field, which the spec marks required"
        f" (test with hasattr(obj, {field!r}) where your ECE release omits it)"
    )
    return _missing_field_class(message, model=model, field=field)


class Model:
    """Base of every generated model.

    An instance decoded from a response body the client owns is *lazy*: it
    keeps the server's object in ``_ece_raw`` and decodes its own fields (with
    the same tolerant rules, nested models lazy in turn) the first time any of
    them is read or written.  An audit that reads a dozen fields of a 50 KB
    deployment then decodes the handful of objects on its path, not two
    hundred.  ``from_dict`` decodes eagerly (the caller may reuse its dict);
    lazy and eager instances compare, print and serialise identically.

    An instance missing a required field (see :class:`MissingFieldError`) is
    of a private subclass too, which alone has ``__getattr__`` (a class with
    one reads every attribute several times slower) and the equality,
    ``repr`` and pickling that allow for the empty slot.
    """

    __slots__ = ("_ece_nulls", "_ece_raw")
    __ece_lazy__: ClassVar[bool] = False
    __ece_fields__: ClassVar[tuple[tuple[str, str, Any], ...]] = ()
    __ece_extra__: ClassVar[Any] = None
    #: Required fields the spec makes nullable (``x-nullable``): a null there is a value, not missing.
    __ece_nullable__: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def from_dict(cls: type[M], src: Mapping[str, Any]) -> M:
        """Decode a JSON object (as parsed by ``json``/``orjson``) into this model."""
        if not isinstance(src, Mapping):
            raise TypeError(
                f"{cls.__name__}.from_dict() needs a JSON object (a mapping), got {type(src).__name__}"
            )
        return converter.structure(src if type(src) is dict else dict(src), cls)

    def to_dict(self) -> dict[str, Any]:
        """Encode back to a JSON-ready dict, with unknown keys and nulls as received."""
        result: dict[str, Any] = converter.unstructure(self)
        return result


_raw_slot: Any = Model.__dict__["_ece_raw"]
_nulls_slot: Any = Model.__dict__["_ece_nulls"]
_ABSENT = object()
_NULL = object()


def _nulls(instance: Model) -> tuple[str, ...]:
    """The required fields the server sent as ``null`` (their slots are empty)."""
    try:
        nulls: tuple[str, ...] = _nulls_slot.__get__(instance)
    except AttributeError:
        return ()
    return nulls


def _plain(cls: type[Any]) -> type[Any]:
    """The model class of an instance's class (itself, or the class a private subclass is for)."""
    return cls.__bases__[0] if cls.__dict__.get("__ece_incomplete__") else cls


class _Shape:
    """What the incomplete instances' methods need of one model class, computed on first use."""

    __slots__ = ("required", "shown", "slots")

    def __init__(self, cls: type[Model]) -> None:
        fields: tuple[Any, ...] = attrs.fields(cast(Any, cls))
        self.required = frozenset(f.name for f in fields if f.default is attrs.NOTHING)
        self.slots = tuple((f.name, getattr(cls, f.name)) for f in fields)
        self.shown = tuple(
            (f.name, getattr(cls, f.name), f.repr if callable(f.repr) else repr) for f in fields if f.repr
        )


_shapes: dict[type[Any], _Shape] = {}


def _shape(cls: type[Any]) -> _Shape:
    cls = _plain(cls)
    shape = _shapes.get(cls)
    if shape is None:
        shape = _shapes[cls] = _Shape(cls)
    return shape


def _state(instance: Model) -> tuple[Any, ...]:
    """Every field's value, a null marker for a required field still empty after the server's null."""
    nulls = _nulls(instance)
    values: list[Any] = []
    for name, slot in _shape(type(instance)).slots:
        try:
            values.append(slot.__get__(instance))
        except AttributeError:
            values.append(_NULL if name in nulls else _ABSENT)
    return tuple(values)


class _IncompleteModel:
    """Behaviour of the per-class subclasses of instances missing a required field.

    Mixed in after the model class, as the lazy subclasses are; the instance
    keeps its slots, and its values read as fast as any but the missing ones.
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup failed: an empty slot or an unknown name.
        cls = _plain(type(self))
        if name in _shape(cls).required:
            raise _missing_field(cls.__name__, name, name in _nulls(cast(Model, self)))
        raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}", name=name, obj=self)

    def __eq__(self, other: object) -> bool:
        if _plain(type(other)) is not _plain(type(self)):
            return NotImplemented
        return _state(cast(Model, self)) == _state(cast(Model, other))

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __repr__(self) -> str:
        nulls = _nulls(cast(Model, self))
        parts = []
        for name, slot, show in _shape(type(self)).shown:
            try:
                value = slot.__get__(self)
            except AttributeError:
                parts.append(f"{name}=<null>" if name in nulls else f"{name}=<missing>")
            else:
                parts.append(f"{name}={show(value)}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __reduce_ex__(self, protocol: Any) -> Any:
        # The subclass is not importable by name: rebuild from the model class and the set slots.
        state = {}
        for name, slot in _shape(type(self)).slots:
            try:
                state[name] = slot.__get__(self)
            except AttributeError:
                pass
        return (_restore, (_plain(type(self)), state, _nulls(cast(Model, self))))


_incomplete_classes: dict[type[Any], type[Any]] = {}


def _incomplete_class(cls: type[Any]) -> type[Any]:
    incomplete = _incomplete_classes.get(cls)
    if incomplete is None:
        namespace: dict[str, Any] = {
            "__slots__": (),
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__ece_incomplete__": True,
        }
        for name in ("__getattr__", "__eq__", "__ne__", "__repr__", "__reduce_ex__"):
            namespace[name] = _IncompleteModel.__dict__[name]
        incomplete = _incomplete_classes[cls] = type(cls.__name__, (cls,), namespace)
    return incomplete


def _absent(instance: Any, name: str, null: bool) -> None:
    """Record that a required field was left out (or null): its slot stays empty."""
    if null:
        _nulls_slot.__set__(instance, (*_nulls(instance), name))
    cls = type(instance)
    if not cls.__dict__.get("__ece_incomplete__"):
        object.__setattr__(instance, "__class__", _incomplete_class(cls))


def _restore(cls: type[Model], state: dict[str, Any], nulls: tuple[str, ...]) -> Model:
    """Unpickle (or copy) an instance missing a required field."""
    instance = cls.__new__(cls)
    for name, value in state.items():
        object.__setattr__(instance, name, value)
    shape = _shape(cls)
    for name, _ in shape.slots:  # in field order, as decoding records them
        if name in shape.required and name not in state:
            _absent(instance, name, name in nulls)
    return instance


def _resolve(kind: str | type[Any]) -> Any:
    """The class a kind names: a class name in the sibling ``models`` package, or the class itself."""
    if isinstance(kind, type):
        return kind
    return getattr(importlib.import_module(_models_package), kind)


#: The class slot of a model field's encoder until its first value (see ``_encode_model``).
_UNRESOLVED = object()


def _encode_other(cls: type[Any], value: Any) -> Any:
    """A field value that is not exactly ``cls``: a lazy child (a subclass until first touched)
    encodes itself without decoding; anything else (a dict, a value of another shape) passes."""
    return value.to_dict() if isinstance(value, cls) else value


class _Compiler:
    """Builds the source of one structure or unstructure function."""

    def __init__(self, lookup: Callable[[type[Any]], Callable[[Any], Any]], direction: str) -> None:
        self._lookup = lookup
        self._decode = direction != "unstructure"
        self.namespace: dict[str, Any] = {"UNSET": UNSET}
        self._counter = 0

    def _bind(self, value: Any) -> str:
        self._counter += 1
        name = f"_b{self._counter}"
        self.namespace[name] = value
        return name

    def _encode_model(self, kind: str | type[Any], var: str) -> str:
        """Encoding ``var`` of a model field, its class and encoder looked up at its first value.

        A parent's encoder compiles (and imports) none of its fields' models up front: a search
        body with no query does not pay for the query DSL's twenty models.  Until the first
        value, the class slot holds a marker no value is an instance of, so that value takes
        the slow branch, which binds the real class and encoder for every later one.
        """
        fn, cls, other = self._bind(None), self._bind(_UNRESOLVED), self._bind(None)
        namespace, lookup = self.namespace, self._lookup

        def first(value: Any) -> Any:
            model = _resolve(kind)
            namespace[fn] = lookup(model)
            namespace[cls] = model
            namespace[other] = encode_other = functools.partial(_encode_other, model)
            return namespace[fn](value) if value.__class__ is model else encode_other(value)

        namespace[other] = first
        return f"({fn}({var}) if {var}.__class__ is {cls} else {other}({var}))"

    def expr(self, kind: Any, var: str, depth: int = 0) -> str:
        """An expression converting ``var`` according to ``kind``; other shapes pass through."""
        if kind is None:
            return var
        if isinstance(kind, (str, type)):
            if not self._decode:
                return self._encode_model(kind, var)
            fn = self._bind(self._lookup(_resolve(kind)))
            return f"({fn}({var}) if {var}.__class__ is dict else {var})"
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
            comprehension = f"{{{key}: {inner_expr} for {key}, {item} in {var}.items()}}"
            return f"({comprehension} if {var}.__class__ is dict else {var})"
        raise ValueError(f"unknown field kind {kind!r}")


def _compile(cls: type[Model], direction: str, lookup: Callable[[type[Any]], Callable[[Any], Any]]) -> Any:
    compiler = _Compiler(lookup, direction)
    fields = cls.__ece_fields__
    required = _shape(cls).required
    incomplete = bool(cls.__dict__.get("__ece_incomplete__"))
    known = frozenset(json_key for _, json_key, _ in fields)
    ns = compiler.namespace
    ns["_cls"] = cls
    ns["_known"] = known
    ns["_absent"] = _absent
    ns["_nulls"] = _nulls
    ns["_ABSENT"] = _ABSENT
    nullable = frozenset(cls.__ece_nullable__)
    lines: list[str]
    if direction in ("structure", "fill"):
        if direction == "structure":
            lines = ["def structure(d):", "    o = _cls.__new__(_cls)"]
        else:
            lines = ["def fill(o, d):"]
        lines.append("    g = d.get")
        for attr_name, json_key, kind in fields:
            if attr_name in nullable:
                # Typed ``X | None``: only a left-out key leaves the slot empty.
                lines.append(f"    v = g({json_key!r}, _ABSENT)")
                lines.append("    if v is not _ABSENT:")
                lines.append(f"        o.{attr_name} = {compiler.expr(kind, 'v')}")
                lines.append("    else:")
                lines.append(f"        _absent(o, {attr_name!r}, False)")
                continue
            if attr_name in required:
                # Left out or null: the slot stays empty, and reading it raises MissingFieldError.
                lines.append(f"    v = g({json_key!r})")
                lines.append("    if v is not None:")
                lines.append(f"        o.{attr_name} = {compiler.expr(kind, 'v')}")
                lines.append("    else:")
                lines.append(f"        _absent(o, {attr_name!r}, {json_key!r} in d)")
                continue
            lines.append(f"    v = g({json_key!r}, UNSET)")
            lines.append(f"    o.{attr_name} = {compiler.expr(kind, 'v')}")
        extra = compiler.expr(cls.__ece_extra__, "v")
        lines.append("    if d.keys() <= _known:")
        lines.append("        o.additional_properties = {}")
        lines.append("    else:")
        unknown = f"{{k: {extra} for k, v in d.items() if k not in _known}}"
        lines.append(f"        o.additional_properties = {unknown}")
        lines.append("    return o")
    else:
        lines = ["def unstructure(o):", "    r = {}"]
        for attr_name, json_key, kind in fields:
            if attr_name in required:
                # An instance missing a field reads its slots directly: through __getattr__, each
                # empty one would build a MissingFieldError only to drop it.
                read = (
                    f"{compiler._bind(getattr(cls, attr_name).__get__)}(o)"
                    if incomplete
                    else f"o.{attr_name}"
                )
                lines.append("    try:")
                lines.append(f"        v = {read}")
                lines.append("    except AttributeError:")
                lines.append(f"        if {attr_name!r} in _nulls(o):")
                lines.append(f"            r[{json_key!r}] = None")
                lines.append("    else:")
                lines.append("        if v is not UNSET:")
                lines.append(f"            r[{json_key!r}] = {compiler.expr(kind, 'v')}")
                continue
            lines.append(f"    v = o.{attr_name}")
            lines.append("    if v is not UNSET:")
            lines.append(f"        r[{json_key!r}] = {compiler.expr(kind, 'v')}")
        extra = compiler.expr(cls.__ece_extra__, "v")
        lines.append("    extra = o.additional_properties")
        lines.append("    if extra:")
        lines.append(
            f"        r.update({{k: {extra} for k, v in extra.items()}})"
            if extra != "v"
            else "        r.update(extra)"
        )
        lines.append("    return r")
    source = "\n".join(lines) + "\n"
    filename = f"<ece {direction} {cls.__module__}.{cls.__qualname__}>"
    exec(compile(source, filename, "exec"), ns)  # trusted: generated from class metadata
    return ns[direction]


class _FunctionCache:
    """Compiled functions per class; cycles in the schema get a late-binding trampoline."""

    def __init__(
        self, direction: str, lookup: Callable[[type[Any]], Callable[[Any], Any]] | None = None
    ) -> None:
        self._direction = direction
        self._lookup = lookup
        self._done: dict[type[Any], Callable[..., Any]] = {}
        self._building: set[type[Any]] = set()

    def __call__(self, cls: type[Any]) -> Callable[..., Any]:
        fn = self._done.get(cls)
        if fn is not None:
            return fn
        if cls in self._building:
            done = self._done
            return lambda value: done[cls](value)
        self._building.add(cls)
        try:
            compiled: Callable[..., Any] = _compile(cls, self._direction, self._lookup or self)
        finally:
            self._building.discard(cls)
        self._done[cls] = compiled
        return compiled


structure_function = _FunctionCache("structure")
unstructure_function = _FunctionCache("unstructure")

_lazy_constructors: dict[type[Any], Callable[[Any], Any]] = {}


def _touch(instance: Any) -> None:
    """Turn a lazy instance into a plain one: decode its own fields (children stay lazy)."""
    lazy_cls = type(instance)
    if not lazy_cls.__dict__.get("__ece_lazy__"):
        return
    base = lazy_cls.__bases__[0]
    try:
        raw = _raw_slot.__get__(instance)
    except AttributeError:  # built by a constructor (``attrs.evolve``), not from a server object
        raw = None
    else:
        _raw_slot.__delete__(instance)
    object.__setattr__(instance, "__class__", base)
    if raw is not None:
        fill_function(base)(instance, raw)


def _json_copy(value: Any) -> Any:
    cls = value.__class__
    if cls is dict:
        return {key: _json_copy(item) for key, item in value.items()}
    if cls is list:
        return [_json_copy(item) for item in value]
    return value


class _LazyModel:
    """Behaviour of the per-class lazy subclasses (mixed in after the model class).

    A lazy instance has empty slots, so attribute reads land in ``__getattr__``;
    the first read or write decodes the instance's own fields and switches it
    to the plain model class (same slots), after which it is an ordinary model.
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        _touch(self)
        return getattr(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        _touch(self)
        setattr(self, name, value)

    def __eq__(self, other: object) -> bool:
        _touch(self)
        return bool(self == other)

    def __ne__(self, other: object) -> bool:
        _touch(self)
        return bool(self != other)

    def __repr__(self) -> str:
        _touch(self)
        return repr(self)

    def __reduce_ex__(self, protocol: Any) -> Any:
        _touch(self)
        return self.__reduce_ex__(protocol)

    def to_dict(self) -> dict[str, Any]:
        # Untouched, the server's object *is* the faithful encoding: copy it, decode nothing.
        try:
            raw = _raw_slot.__get__(self)
        except AttributeError:
            _touch(self)
            result: dict[str, Any] = self.to_dict()
            return result
        copied: dict[str, Any] = _json_copy(raw)
        return copied


def lazy_constructor(cls: type[Any]) -> Callable[[Any], Any]:
    """A function wrapping a server object into a lazy instance of ``cls`` (nothing decoded yet)."""
    make = _lazy_constructors.get(cls)
    if make is None:
        namespace = {
            "__slots__": (),
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__ece_lazy__": True,
        }
        for name in (
            "__getattr__",
            "__setattr__",
            "__eq__",
            "__ne__",
            "__repr__",
            "__reduce_ex__",
            "to_dict",
        ):
            namespace[name] = _LazyModel.__dict__[name]
        lazy_cls: Any = type(cls.__name__, (cls,), namespace)
        new = lazy_cls.__new__
        set_raw = _raw_slot.__set__

        def make(raw: Any) -> Any:
            instance = new(lazy_cls)
            set_raw(instance, raw)
            return instance

        _lazy_constructors[cls] = make
    return make


#: Decodes a lazy instance's own fields; nested models stay lazy.
fill_function = _FunctionCache("fill", lookup=lazy_constructor)


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, Model)


def _structure_hook_factory(cls: type[Model]) -> Callable[[Any, Any], Any]:
    fn = structure_function(cls)

    def hook(value: Any, _type: Any) -> Any:
        return fn(value)

    return hook


def _unstructure_hook_factory(cls: type[Model]) -> Callable[[Any], Any]:
    if cls.__dict__.get("__ece_lazy__"):
        return lambda instance: instance.to_dict()
    return unstructure_function(cls)


_decoders: dict[Any, Callable[[Any], Any]] = {}


def decode(kind: Any, data: Any) -> Any:
    """Decode a response body the caller hands over (lazy models; tolerant, like model fields)."""
    fn = _decoders.get(kind)
    if fn is None:
        compiler = _Compiler(lazy_constructor, "structure")
        source = f"def decoder(v):\n    return {compiler.expr(kind, 'v')}\n"
        exec(compile(source, f"<ece decoder {kind!r}>", "exec"), compiler.namespace)
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


def _is_open_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, OpenEnum)


converter = cattrs.Converter()
converter.register_structure_hook_factory(_is_model, _structure_hook_factory)
converter.register_unstructure_hook_factory(_is_model, _unstructure_hook_factory)
converter.register_structure_hook_func(_is_open_enum, lambda value, cls: cls(value))

__all__ = [
    "MissingFieldError",
    "Model",
    "OpenEnum",
    "converter",
    "decode",
    "jsonable",
    "use_missing_field_class",
]

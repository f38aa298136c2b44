"""ResourceHeapDumps: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .heap_dump import HeapDump


@_define
class ResourceHeapDumps(Model):
    """ResourceHeapDumps (no description in the spec).

    Attributes:
        ref_id: The locally-unique user-specified id of the resource that the heap dump was captured from
        id: The randomly-generated id of a Resource
        heap_dumps: The heap dumps belonging to this resource
        additional_properties: Keys the spec does not list, kept as received.
    """

    ref_id: str
    id: str
    heap_dumps: list[HeapDump]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("ref_id", "ref_id", None),
        ("id", "id", None),
        ("heap_dumps", "heap_dumps", ("list", "HeapDump")),
    )
    __ece_extra__ = None

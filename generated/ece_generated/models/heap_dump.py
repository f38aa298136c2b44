"""HeapDump: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class HeapDump(Model):
    """HeapDump (no description in the spec).

    Attributes:
        instance_id: The Elastic Cloud name/id of the instance (container)
        type_: The type of heap dump
        status: The status of the heap dump
        captured: The time at which the heap dump was captured
        size: The size in bytes of the heap dump
        error: An error message if the heap dump failed
        additional_properties: Keys the spec does not list, kept as received.
    """

    instance_id: str
    type_: str
    status: str
    captured: str
    size: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("instance_id", "instance_id", None),
        ("type_", "type", None),
        ("status", "status", None),
        ("captured", "captured", None),
        ("size", "size", None),
        ("error", "error", None),
    )
    __ece_extra__ = None

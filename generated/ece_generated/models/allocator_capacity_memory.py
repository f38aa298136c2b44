"""AllocatorCapacityMemory: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class AllocatorCapacityMemory(Model):
    """The available and used memory of the allocator.

    Attributes:
        total: Total memory in MB capacity installed on this allocator
        used: Used memory in MB used by instances assigned to this allocator
        additional_properties: Keys the spec does not list, kept as received.
    """

    total: int
    used: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("total", "total", None),
        ("used", "used", None),
    )
    __ece_extra__ = None

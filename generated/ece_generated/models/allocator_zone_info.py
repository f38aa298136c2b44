"""AllocatorZoneInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .allocator_info import AllocatorInfo


@_define
class AllocatorZoneInfo(Model):
    """The allocators for the specified zone.

    Attributes:
        zone_id: Identifier of the zone
        allocators:
        additional_properties: Keys the spec does not list, kept as received.
    """

    zone_id: str
    allocators: list[AllocatorInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("zone_id", "zone_id", None),
        ("allocators", "allocators", ("list", "AllocatorInfo")),
    )
    __ece_extra__ = None

"""AllocatorOverview: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .allocator_zone_info import AllocatorZoneInfo


@_define
class AllocatorOverview(Model):
    """The overview information for the installed allocators.

    Attributes:
        zones:
        additional_properties: Keys the spec does not list, kept as received.
    """

    zones: list[AllocatorZoneInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("zones", "zones", ("list", "AllocatorZoneInfo")),)
    __ece_extra__ = None

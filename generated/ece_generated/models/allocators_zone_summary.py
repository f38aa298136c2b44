"""AllocatorsZoneSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class AllocatorsZoneSummary(Model):
    """Summary of the allocators for the specified zone.

    Attributes:
        zone_id: Identifier of the zone
        total_allocators: Total number of allocators
        healthy_allocators: Number of healthy allocators
        connected_allocators: Number of connected allocators
        disconnected_allocators: Number of disconnected allocators
        in_maintenance_allocators: Number of connected allocators in maintenance
        connected_capacity: Capacity of connected allocators in megabytes
        max_available_capacity: Maximum capacity available in one allocator in megabytes
        instances: Number of instances across all allocators in the region
        additional_properties: Keys the spec does not list, kept as received.
    """

    zone_id: str
    total_allocators: int
    healthy_allocators: int
    connected_allocators: int
    disconnected_allocators: int
    in_maintenance_allocators: int
    connected_capacity: int
    max_available_capacity: int
    instances: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("zone_id", "zone_id", None),
        ("total_allocators", "total_allocators", None),
        ("healthy_allocators", "healthy_allocators", None),
        ("connected_allocators", "connected_allocators", None),
        ("disconnected_allocators", "disconnected_allocators", None),
        ("in_maintenance_allocators", "in_maintenance_allocators", None),
        ("connected_capacity", "connected_capacity", None),
        ("max_available_capacity", "max_available_capacity", None),
        ("instances", "instances", None),
    )
    __ece_extra__ = None

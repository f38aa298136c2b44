"""AllocatorHealthStatus: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .allocator_health_checks import AllocatorHealthChecks


@_define
class AllocatorHealthStatus(Model):
    """The health status of the allocator.

    Attributes:
        connected: Whether the allocator is connected
        healthy: Whether the allocator is healthy, meaning it is either connected or has no instances
        maintenance_mode: Whether the allocator is in maintenance mode (meaning that new workload won't be assigned to it)
        health_checks: The checks performed to determine if an allocator is healthy or not.
        maintenance_mode_timestamp: Timestamp when allocator last entered or exited maintenance mode
        additional_properties: Keys the spec does not list, kept as received.
    """

    connected: bool
    healthy: bool
    maintenance_mode: bool
    health_checks: AllocatorHealthChecks | Unset | None = UNSET
    maintenance_mode_timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("connected", "connected", None),
        ("healthy", "healthy", None),
        ("maintenance_mode", "maintenance_mode", None),
        ("health_checks", "health_checks", "AllocatorHealthChecks"),
        ("maintenance_mode_timestamp", "maintenance_mode_timestamp", None),
    )
    __ece_extra__ = None

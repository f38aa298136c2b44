"""ProxiesHealth: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .proxies_allocations_info import ProxiesAllocationsInfo
    from .proxies_filtered_group_health import ProxiesFilteredGroupHealth


@_define
class ProxiesHealth(Model):
    """ProxiesHealth (no description in the spec).

    Attributes:
        observed_proxies_count: Total number of proxies
        expected_proxies_count: Expected minimum number of proxies
        allocations: Allocations for proxies
        filtered_groups: Filtered groups of proxies with associated status
        status: "Health status for all proxies. One of "Green", "Yellow" or "Red"
        additional_properties: Keys the spec does not list, kept as received.
    """

    observed_proxies_count: int
    expected_proxies_count: int
    allocations: list[ProxiesAllocationsInfo]
    filtered_groups: list[ProxiesFilteredGroupHealth]
    status: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("observed_proxies_count", "observed_proxies_count", None),
        ("expected_proxies_count", "expected_proxies_count", None),
        ("allocations", "allocations", ("list", "ProxiesAllocationsInfo")),
        ("filtered_groups", "filtered_groups", ("list", "ProxiesFilteredGroupHealth")),
        ("status", "status", None),
    )
    __ece_extra__ = None

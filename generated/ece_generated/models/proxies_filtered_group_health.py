"""ProxiesFilteredGroupHealth: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .proxies_filtered_group import ProxiesFilteredGroup


@_define
class ProxiesFilteredGroupHealth(Model):
    """The health status of a filtered proxy group.

    Attributes:
        group: A set of proxy filters with an expected number of matching proxies.
        observed_proxies_count: The number of proxies that match all of the filters in the group
        status: "Health status for this filtered group. One of "Green", "Yellow" or "Red"
        additional_properties: Keys the spec does not list, kept as received.
    """

    group: ProxiesFilteredGroup
    observed_proxies_count: int
    status: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("group", "group", "ProxiesFilteredGroup"),
        ("observed_proxies_count", "observed_proxies_count", None),
        ("status", "status", None),
    )
    __ece_extra__ = None

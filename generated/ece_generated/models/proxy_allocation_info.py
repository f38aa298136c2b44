"""ProxyAllocationInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .proxy_allocation_counts import ProxyAllocationCounts
    from .proxy_allocation_info_allocations_type import ProxyAllocationInfoAllocationsType


@_define
class ProxyAllocationInfo(Model):
    """The single proxy allocation for a specified type, such as Elasticsearch, Kibana, or APM.

    Attributes:
        allocations_type: The type of proxy allocations
        counts: The number of proxy allocations.
        additional_properties: Keys the spec does not list, kept as received.
    """

    allocations_type: ProxyAllocationInfoAllocationsType
    counts: ProxyAllocationCounts
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("allocations_type", "allocations_type", ("enum", "ProxyAllocationInfoAllocationsType")),
        ("counts", "counts", "ProxyAllocationCounts"),
    )
    __ece_extra__ = None

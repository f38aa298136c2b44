"""ProxiesAllocationsInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ProxiesAllocationsInfo(Model):
    """The allocation status for a specified type, such as Elasticsearch, Kibana, or APM. The status is
    part of the overall proxy health information.

    Attributes:
        allocations_type: The type of proxy allocations (e.g. Elasticsearch, Kibana, APM)
        max_allocations: The maximum number of allocations
        proxies_at_max_allocations: The number of proxies that have the maximum number of allocations
        additional_properties: Keys the spec does not list, kept as received.
    """

    allocations_type: str
    max_allocations: int
    proxies_at_max_allocations: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("allocations_type", "allocations_type", None),
        ("max_allocations", "max_allocations", None),
        ("proxies_at_max_allocations", "proxies_at_max_allocations", None),
    )
    __ece_extra__ = None

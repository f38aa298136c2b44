"""ProxyAllocationCounts: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ProxyAllocationCounts(Model):
    """The number of proxy allocations.

    Attributes:
        allocations: The allocations count.
        connectors: The connector count.
        additional_properties: Keys the spec does not list, kept as received.
    """

    allocations: int
    connectors: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("allocations", "allocations", None),
        ("connectors", "connectors", None),
    )
    __ece_extra__ = None

"""TopologySize: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .topology_size_resource import TopologySizeResource


@_define
class TopologySize(Model):
    """Measured by the amount of a resource. The final cluster size is calculated using multipliers from
    the topology instance configuration.

    Attributes:
        value: Amount of resource
        resource: Type of resource. In ESS the resource used should always be `memory`.
        additional_properties: Keys the spec does not list, kept as received.
    """

    value: int
    resource: TopologySizeResource
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("value", "value", None),
        ("resource", "resource", ("enum", "TopologySizeResource")),
    )
    __ece_extra__ = None

"""SecurityDeploymentTopology: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .topology_size import TopologySize


@_define
class SecurityDeploymentTopology(Model):
    """The cluster topology for the Elasticsearch security deployment.

    Attributes:
        size: Measured by the amount of a resource. The final cluster size is calculated using multipliers
            from the topology instance configuration.
        zone_count: The number of zones in which data nodes will be placed
        additional_properties: Keys the spec does not list, kept as received.
    """

    size: TopologySize | Unset | None = UNSET
    zone_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("size", "size", "TopologySize"),
        ("zone_count", "zone_count", None),
    )
    __ece_extra__ = None

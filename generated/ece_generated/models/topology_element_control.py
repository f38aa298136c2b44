"""TopologyElementControl: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .topology_size import TopologySize


@_define
class TopologyElementControl(Model):
    """Controls for the topology element. Only used as part of the deployment template. Ignored if included
    as part of a deployment.

    Attributes:
        min_: Measured by the amount of a resource. The final cluster size is calculated using multipliers
            from the topology instance configuration.
        additional_properties: Keys the spec does not list, kept as received.
    """

    min_: TopologySize
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("min_", "min", "TopologySize"),)
    __ece_extra__ = None

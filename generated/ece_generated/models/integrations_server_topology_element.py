"""IntegrationsServerTopologyElement: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .integrations_server_configuration import IntegrationsServerConfiguration
    from .topology_size import TopologySize


@_define
class IntegrationsServerTopologyElement(Model):
    """Defines the topology of the Integrations Server nodes. For example, the number or capacity of the
    nodes, and where you can allocate the nodes.

    Attributes:
        instance_configuration_id: Controls the allocation of this topology element as well as allowed sizes and node_types. It
            needs to match the id of an existing instance configuration.
        instance_configuration_version: The version of the Instance Configuration Id. If it is unset, the meaning depends on read vs
            writes. For deployment reads, it is equivalent to version 0 (or the IC is unversioned); for
            deployment creates and deployment template use, it is equivalent to 'the latest version'; and
            for deployment updates, it is equivalent to 'retain the current version'.
        size: Measured by the amount of a resource. The final cluster size is calculated using multipliers
            from the topology instance configuration.
        zone_count: number of zones in which nodes will be placed
        integrations_server: The configuration options for the Integrations Server.
        additional_properties: Keys the spec does not list, kept as received.
    """

    instance_configuration_id: str | Unset = UNSET
    instance_configuration_version: int | Unset = UNSET
    size: TopologySize | Unset | None = UNSET
    zone_count: int | Unset = UNSET
    integrations_server: IntegrationsServerConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("instance_configuration_id", "instance_configuration_id", None),
        ("instance_configuration_version", "instance_configuration_version", None),
        ("size", "size", "TopologySize"),
        ("zone_count", "zone_count", None),
        ("integrations_server", "integrations_server", "IntegrationsServerConfiguration"),
    )
    __ece_extra__ = None

"""KibanaClusterTopologyElement: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kibana_configuration import KibanaConfiguration
    from .topology_size import TopologySize


@_define
class KibanaClusterTopologyElement(Model):
    """The topology of the Kibana nodes, including the number, capacity, and type of nodes, and where they
    can be allocated.

    Attributes:
        memory_per_node: The memory capacity in MB for each node of this type built in each zone.
        node_count_per_zone: The number of nodes of this type that are allocated within each zone (i.e. total capacity per
            zone = `node_count_per_zone` * `memory_per_node` in MB).
        instance_configuration_id: Controls the allocation of this topology element as well as allowed sizes and node_types. It
            needs to match the id of an existing instance configuration.
        instance_configuration_version: The version of the Instance Configuration Id. If it is unset, the meaning depends on read vs
            writes. For deployment reads, it is equivalent to version 0 (or the IC is unversioned); for
            deployment creates and deployment template use, it is equivalent to 'the latest version'; and
            for deployment updates, it is equivalent to 'retain the current version'.
        size: Measured by the amount of a resource. The final cluster size is calculated using multipliers
            from the topology instance configuration.
        zone_count: number of zones in which nodes will be placed
        kibana: The Kibana instance settings. When specified at the top level, provides a field-by-field
            default. When specified at the topology level, provides the override settings.
        additional_properties: Keys the spec does not list, kept as received.
    """

    memory_per_node: int | Unset = UNSET
    node_count_per_zone: int | Unset = UNSET
    instance_configuration_id: str | Unset = UNSET
    instance_configuration_version: int | Unset = UNSET
    size: TopologySize | Unset | None = UNSET
    zone_count: int | Unset = UNSET
    kibana: KibanaConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("memory_per_node", "memory_per_node", None),
        ("node_count_per_zone", "node_count_per_zone", None),
        ("instance_configuration_id", "instance_configuration_id", None),
        ("instance_configuration_version", "instance_configuration_version", None),
        ("size", "size", "TopologySize"),
        ("zone_count", "zone_count", None),
        ("kibana", "kibana", "KibanaConfiguration"),
    )
    __ece_extra__ = None

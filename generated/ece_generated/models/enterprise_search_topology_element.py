"""EnterpriseSearchTopologyElement: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .enterprise_search_configuration import EnterpriseSearchConfiguration
    from .enterprise_search_node_types import EnterpriseSearchNodeTypes
    from .enterprise_search_topology_element_allocator_filter import EnterpriseSearchTopologyElementAllocatorFilter
    from .enterprise_search_topology_element_memory_per_node import EnterpriseSearchTopologyElementMemoryPerNode
    from .enterprise_search_topology_element_node_count_per_zone import EnterpriseSearchTopologyElementNodeCountPerZone
    from .topology_size import TopologySize


@_define
class EnterpriseSearchTopologyElement(Model):
    """Defines the topology of the Enterprise Search nodes (e.g. number/capacity of nodes, and where they
    can be allocated)

    Attributes:
        node_type: Node types to enable for an Enterprise Search instance
        instance_configuration_id: Controls the allocation of this topology element as well as allowed sizes and node_types. It
            needs to match the id of an existing instance configuration.
        instance_configuration_version: The version of the Instance Configuration Id. If it is unset, the meaning depends on read vs
            writes. For deployment reads, it is equivalent to version 0 (or the IC is unversioned); for
            deployment creates and deployment template use, it is equivalent to 'the latest version'; and
            for deployment updates, it is equivalent to 'retain the current version'.
        size: Measured by the amount of a resource. The final cluster size is calculated using multipliers
            from the topology instance configuration.
        zone_count: number of zones in which nodes will be placed
        enterprise_search:
        allocator_filter:
        node_configuration:
        memory_per_node:
        node_count_per_zone:
        additional_properties: Keys the spec does not list, kept as received.
    """

    node_type: EnterpriseSearchNodeTypes | Unset | None = UNSET
    instance_configuration_id: str | Unset = UNSET
    instance_configuration_version: int | Unset = UNSET
    size: TopologySize | Unset | None = UNSET
    zone_count: int | Unset = UNSET
    enterprise_search: EnterpriseSearchConfiguration | Unset | None = UNSET
    allocator_filter: EnterpriseSearchTopologyElementAllocatorFilter | Unset | None = UNSET
    node_configuration: str | Unset = UNSET
    memory_per_node: EnterpriseSearchTopologyElementMemoryPerNode | Unset | None = UNSET
    node_count_per_zone: EnterpriseSearchTopologyElementNodeCountPerZone | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("node_type", "node_type", "EnterpriseSearchNodeTypes"),
        ("instance_configuration_id", "instance_configuration_id", None),
        ("instance_configuration_version", "instance_configuration_version", None),
        ("size", "size", "TopologySize"),
        ("zone_count", "zone_count", None),
        ("enterprise_search", "enterprise_search", "EnterpriseSearchConfiguration"),
        ("allocator_filter", "allocator_filter", "EnterpriseSearchTopologyElementAllocatorFilter"),
        ("node_configuration", "node_configuration", None),
        ("memory_per_node", "memory_per_node", "EnterpriseSearchTopologyElementMemoryPerNode"),
        ("node_count_per_zone", "node_count_per_zone", "EnterpriseSearchTopologyElementNodeCountPerZone"),
    )
    __ece_extra__ = None

"""ElasticsearchClusterTopologyElement: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elasticsearch_cluster_topology_element_autoscaling_policy_override_json import (
        ElasticsearchClusterTopologyElementAutoscalingPolicyOverrideJson,
    )
    from .elasticsearch_cluster_topology_element_node_roles_item import ElasticsearchClusterTopologyElementNodeRolesItem
    from .elasticsearch_configuration import ElasticsearchConfiguration
    from .elasticsearch_node_type import ElasticsearchNodeType
    from .topology_element_control import TopologyElementControl
    from .topology_size import TopologySize


@_define
class ElasticsearchClusterTopologyElement(Model):
    """The topology of the Elasticsearch nodes, including the number, capacity, and type of nodes, and
    where they can be allocated.

    Attributes:
        id: Unique identifier of this topology element
        node_type: Controls the combinations of Elasticsearch node types. TIP: By default, the Elasticsearch node
            is master eligible, can hold data, and run ingest pipelines. WARNING: Do not set for tiebreaker
            topologies.
        node_roles: The list of node roles for this topology element (ES version >= 7.10). Allowable values are:
            master, ingest, ml, data_hot, data_content, data_warm, data_cold, data_frozen,
            remote_cluster_client, transform
        memory_per_node: The memory capacity in MB for each node of this type built in each zone.
        node_count_per_zone: The number of nodes of this type that are allocated within each zone. (i.e. total capacity per
            zone = `node_count_per_zone` * `memory_per_node` in MB). Cannot be set for tiebreaker
            topologies. For dedicated master nodes, must be 1 if an entry exists.
        zone_count: The default number of zones in which data nodes will be placed
        elasticsearch: The Elasticsearch cluster settings. When specified at the top level, provides a field-by-field
            default. When specified at the topology level, provides the override settings.
        instance_configuration_id: Controls the allocation of this topology element as well as allowed sizes and node_types. It
            needs to match the id of an existing instance configuration.
        instance_configuration_version: The version of the Instance Configuration Id. If it is unset, the meaning depends on read vs
            writes. For deployment reads, it is equivalent to version 0 (or the IC is unversioned); for
            deployment creates and deployment template use, it is equivalent to 'the latest version'; and
            for deployment updates, it is equivalent to 'retain the current version'.
        size: Measured by the amount of a resource. The final cluster size is calculated using multipliers
            from the topology instance configuration.
        autoscaling_min: Measured by the amount of a resource. The final cluster size is calculated using multipliers
            from the topology instance configuration.
        autoscaling_max: Measured by the amount of a resource. The final cluster size is calculated using multipliers
            from the topology instance configuration.
        autoscaling_policy_override_json: An arbitrary JSON object overriding the default autoscaling policy. Don't set unless you really
            know what you are doing.
        topology_element_control: Controls for the topology element. Only used as part of the deployment template. Ignored if
            included as part of a deployment.
        autoscaling_tier_override: Set to true to enable autoscaling for this topology element, even if the cluster-level
            'autoscaling_enabled' field is false. Note that 'autoscaling_tier_override' cannot be set to
            false if cluster-level 'autoscaling_enabled' is true. Currently only supported for the 'ml' tier
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str | Unset = UNSET
    node_type: ElasticsearchNodeType | Unset | None = UNSET
    node_roles: list[ElasticsearchClusterTopologyElementNodeRolesItem] | Unset | None = UNSET
    memory_per_node: int | Unset = UNSET
    node_count_per_zone: int | Unset = UNSET
    zone_count: int | Unset = UNSET
    elasticsearch: ElasticsearchConfiguration | Unset | None = UNSET
    instance_configuration_id: str | Unset = UNSET
    instance_configuration_version: int | Unset = UNSET
    size: TopologySize | Unset | None = UNSET
    autoscaling_min: TopologySize | Unset | None = UNSET
    autoscaling_max: TopologySize | Unset | None = UNSET
    autoscaling_policy_override_json: (
        ElasticsearchClusterTopologyElementAutoscalingPolicyOverrideJson | Unset | None
    ) = UNSET
    topology_element_control: TopologyElementControl | Unset | None = UNSET
    autoscaling_tier_override: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("node_type", "node_type", "ElasticsearchNodeType"),
        ("node_roles", "node_roles", ("list", ("enum", "ElasticsearchClusterTopologyElementNodeRolesItem"))),
        ("memory_per_node", "memory_per_node", None),
        ("node_count_per_zone", "node_count_per_zone", None),
        ("zone_count", "zone_count", None),
        ("elasticsearch", "elasticsearch", "ElasticsearchConfiguration"),
        ("instance_configuration_id", "instance_configuration_id", None),
        ("instance_configuration_version", "instance_configuration_version", None),
        ("size", "size", "TopologySize"),
        ("autoscaling_min", "autoscaling_min", "TopologySize"),
        ("autoscaling_max", "autoscaling_max", "TopologySize"),
        (
            "autoscaling_policy_override_json",
            "autoscaling_policy_override_json",
            "ElasticsearchClusterTopologyElementAutoscalingPolicyOverrideJson",
        ),
        ("topology_element_control", "topology_element_control", "TopologyElementControl"),
        ("autoscaling_tier_override", "autoscaling_tier_override", None),
    )
    __ece_extra__ = None

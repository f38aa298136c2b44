"""AllocatedInstanceStatus: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .allocated_instance_plans_info import AllocatedInstancePlansInfo
    from .allocated_instance_status_cluster_type import AllocatedInstanceStatusClusterType


@_define
class AllocatedInstanceStatus(Model):
    """The status of the allocated Kibana instance or APM Server.

    Attributes:
        cluster_type: Type of instance that is running
        cluster_id: Identifier for the cluster this instance belongs
        instance_name: Instance ID of the instance
        node_memory: Memory assigned to this instance
        cluster_name: Name of cluster this instance belongs, if available
        healthy: Indicates whether the instance is healthy
        cluster_healthy: Indicates whether the cluster the instance belongs to is healthy
        instance_configuration_id: The instance configuration id of this instance
        moving: Indicates whether the instance is vacating away from this allocator. Note that this is currently
            not populated when returned from the search endpoint.
        plans_info: The plan information for the Elasticsearch cluster associated with the Kibana instance or APM
            Server.
        deployment_id: The id of the deployment this cluster belongs to.
        additional_properties: Keys the spec does not list, kept as received.
    """

    cluster_type: AllocatedInstanceStatusClusterType
    cluster_id: str
    instance_name: str
    node_memory: int
    cluster_name: str | Unset = UNSET
    healthy: bool | Unset = UNSET
    cluster_healthy: bool | Unset = UNSET
    instance_configuration_id: str | Unset = UNSET
    moving: bool | Unset = UNSET
    plans_info: AllocatedInstancePlansInfo | Unset | None = UNSET
    deployment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("cluster_type", "cluster_type", ("enum", "AllocatedInstanceStatusClusterType")),
        ("cluster_id", "cluster_id", None),
        ("instance_name", "instance_name", None),
        ("node_memory", "node_memory", None),
        ("cluster_name", "cluster_name", None),
        ("healthy", "healthy", None),
        ("cluster_healthy", "cluster_healthy", None),
        ("instance_configuration_id", "instance_configuration_id", None),
        ("moving", "moving", None),
        ("plans_info", "plans_info", "AllocatedInstancePlansInfo"),
        ("deployment_id", "deployment_id", None),
    )
    __ece_extra__ = None

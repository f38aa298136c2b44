"""ClusterInstanceInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_instance_configuration_info import ClusterInstanceConfigurationInfo
    from .cluster_instance_disk_info import ClusterInstanceDiskInfo
    from .cluster_instance_info_node_roles_item import ClusterInstanceInfoNodeRolesItem
    from .cluster_instance_memory_info import ClusterInstanceMemoryInfo
    from .instance_overrides import InstanceOverrides


@_define
class ClusterInstanceInfo(Model):
    """Information about each Kibana instance and APM Server in the Elasticsearch cluster.

    Attributes:
        instance_name: The name of the instance in Elastic Cloud
        healthy: Whether the instance is healthy (ie started and running)
        container_started: Whether the container has started (does not tell you anything about the service -ie
            Elasticsearch- running inside the container)
        service_running: Whether the service launched inside the container -ie Elasticsearch- is actually running
        maintenance_mode: Whether the service is is maintenance mode (meaning that the proxy is not routing external
            traffic to it)
        instance_configuration: Information about a configuration that creates a Kibana instance or APM Server.
        service_version: The version of the service that the instance is running (eg Elasticsearch or Kibana), if
            available
        zone: The zone in which this instance is being allocated
        allocator_id: The id of the allocator on which this instance is running (if the container is started or
            starting)
        memory: Information about the specific instances memory capacity and its usage
        disk: Information about the use and storage capacity of a Kibana instance or APM Server.
        service_roles: List of roles assigned to the service running in the instance. Currently only populated for
            Elasticsearch, with possible values: master,data,ingest,ml
        node_roles: A list of the node roles assigned to the service running in the instance. Currently populated
            only for Elasticsearch.
        instance_overrides:
        additional_properties: Keys the spec does not list, kept as received.
    """

    instance_name: str
    healthy: bool
    container_started: bool
    service_running: bool
    maintenance_mode: bool
    instance_configuration: ClusterInstanceConfigurationInfo | Unset | None = UNSET
    service_version: str | Unset = UNSET
    zone: str | Unset = UNSET
    allocator_id: str | Unset = UNSET
    memory: ClusterInstanceMemoryInfo | Unset | None = UNSET
    disk: ClusterInstanceDiskInfo | Unset | None = UNSET
    service_roles: list[str] | Unset | None = UNSET
    node_roles: list[ClusterInstanceInfoNodeRolesItem] | Unset | None = UNSET
    instance_overrides: InstanceOverrides | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("instance_name", "instance_name", None),
        ("healthy", "healthy", None),
        ("container_started", "container_started", None),
        ("service_running", "service_running", None),
        ("maintenance_mode", "maintenance_mode", None),
        ("instance_configuration", "instance_configuration", "ClusterInstanceConfigurationInfo"),
        ("service_version", "service_version", None),
        ("zone", "zone", None),
        ("allocator_id", "allocator_id", None),
        ("memory", "memory", "ClusterInstanceMemoryInfo"),
        ("disk", "disk", "ClusterInstanceDiskInfo"),
        ("service_roles", "service_roles", None),
        ("node_roles", "node_roles", ("list", ("enum", "ClusterInstanceInfoNodeRolesItem"))),
        ("instance_overrides", "instance_overrides", "InstanceOverrides"),
    )
    __ece_extra__ = None

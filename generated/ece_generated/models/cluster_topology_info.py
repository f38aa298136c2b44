"""ClusterTopologyInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .cluster_instance_info import ClusterInstanceInfo


@_define
class ClusterTopologyInfo(Model):
    """The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
    `ClusterTopologyInfo` also includes the instances and containers, and where they are located.

    Attributes:
        healthy: Whether the cluster topology is healthy (ie all instances are started and the services they run
            - ie elasticsearch - are available
        instances:
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    instances: list[ClusterInstanceInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("instances", "instances", ("list", "ClusterInstanceInfo")),
    )
    __ece_extra__ = None

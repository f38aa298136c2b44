"""KibanaClusterInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_metadata_info import ClusterMetadataInfo
    from .cluster_topology_info import ClusterTopologyInfo
    from .external_hyperlink import ExternalHyperlink
    from .kibana_cluster_info_links import KibanaClusterInfoLinks
    from .kibana_cluster_info_status import KibanaClusterInfoStatus
    from .kibana_cluster_plans_info import KibanaClusterPlansInfo
    from .kibana_cluster_settings import KibanaClusterSettings
    from .target_elasticsearch_cluster import TargetElasticsearchCluster


@_define
class KibanaClusterInfo(Model):
    """The top-level object information for a Kibana instance.

    Attributes:
        cluster_id: The id of the cluster
        cluster_name: The name of the cluster
        elasticsearch_cluster: Information about the specified Elasticsearch cluster.
        healthy: Whether the cluster is healthy or not (one or more of the info subsections will have healthy:
            false)
        status: Cluster status
        plan_info: Information about the current, pending, or past Kibana instance plans.
        metadata: Information about the public and internal state, and the configuration settings of an
            Elasticsearch cluster.
        external_links: External resources related to the cluster
        deployment_id: The id of the deployment to which this Kibana Server belongs to.
        topology: The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
            `ClusterTopologyInfo` also includes the instances and containers, and where they are located.
        links: A map of application-specific operations (which map to 'operationId's in the Swagger API) to
            metadata about that operation
        settings: The settings for multiple Kibana instances.
        region: The region that this cluster belongs to. Only populated in SaaS or federated ECE.
        additional_properties: Keys the spec does not list, kept as received.
    """

    cluster_id: str
    cluster_name: str
    elasticsearch_cluster: TargetElasticsearchCluster
    healthy: bool
    status: KibanaClusterInfoStatus
    plan_info: KibanaClusterPlansInfo
    metadata: ClusterMetadataInfo
    external_links: list[ExternalHyperlink]
    deployment_id: str | Unset = UNSET
    topology: ClusterTopologyInfo | Unset | None = UNSET
    links: KibanaClusterInfoLinks | Unset | None = UNSET
    settings: KibanaClusterSettings | Unset | None = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("cluster_id", "cluster_id", None),
        ("cluster_name", "cluster_name", None),
        ("elasticsearch_cluster", "elasticsearch_cluster", "TargetElasticsearchCluster"),
        ("healthy", "healthy", None),
        ("status", "status", ("enum", "KibanaClusterInfoStatus")),
        ("plan_info", "plan_info", "KibanaClusterPlansInfo"),
        ("metadata", "metadata", "ClusterMetadataInfo"),
        ("external_links", "external_links", ("list", "ExternalHyperlink")),
        ("deployment_id", "deployment_id", None),
        ("topology", "topology", "ClusterTopologyInfo"),
        ("links", "links", "KibanaClusterInfoLinks"),
        ("settings", "settings", "KibanaClusterSettings"),
        ("region", "region", None),
    )
    __ece_extra__ = None

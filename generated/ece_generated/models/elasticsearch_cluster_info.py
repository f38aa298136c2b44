"""ElasticsearchClusterInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .apm_sub_info import ApmSubInfo
    from .app_search_sub_info import AppSearchSubInfo
    from .cluster_metadata_info import ClusterMetadataInfo
    from .cluster_system_alert import ClusterSystemAlert
    from .cluster_topology_info import ClusterTopologyInfo
    from .elasticsearch_cluster_info_links import ElasticsearchClusterInfoLinks
    from .elasticsearch_cluster_info_status import ElasticsearchClusterInfoStatus
    from .elasticsearch_cluster_plans_info import ElasticsearchClusterPlansInfo
    from .elasticsearch_cluster_security_info import ElasticsearchClusterSecurityInfo
    from .elasticsearch_cluster_settings import ElasticsearchClusterSettings
    from .elasticsearch_info import ElasticsearchInfo
    from .elasticsearch_monitoring_info import ElasticsearchMonitoringInfo
    from .enterprise_search_sub_info import EnterpriseSearchSubInfo
    from .external_hyperlink import ExternalHyperlink
    from .kibana_sub_cluster_info import KibanaSubClusterInfo
    from .snapshot_status_info import SnapshotStatusInfo


@_define
class ElasticsearchClusterInfo(Model):
    """The information for an Elasticsearch cluster.

    Attributes:
        cluster_id: The id of the cluster
        cluster_name: The name of the cluster
        healthy: Whether the cluster is healthy or not (one or more of the info subsections will have healthy:
            false)
        status: Cluster status
        plan_info: Information about the current, pending, and past Elasticsearch cluster plans.
        elasticsearch: Information about the Elasticsearch cluster.
        metadata: Information about the public and internal state, and the configuration settings of an
            Elasticsearch cluster.
        associated_kibana_clusters:
        associated_apm_clusters:
        associated_appsearch_clusters:
        snapshots: Information about the snapshot status for the Elasticsearch cluster. For example, the health
            status.
        external_links: External resources related to the cluster
        deployment_id: The id of the deployment that this Elasticsearch belongs to.
        topology: The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
            `ClusterTopologyInfo` also includes the instances and containers, and where they are located.
        system_alerts: List of cluster system alerts
        associated_enterprise_search_clusters:
        security: For 2.x Elasticsearch clusters, specifies the information about the users and roles. For 5.x
            Elasticsearch clusters, use the Kibana management UI.
        elasticsearch_monitoring_info: Information about the monitoring status for the Elasticsearch cluster.
        links: A map of application-specific operations (which map to 'operationId's in the Swagger API) to
            metadata about that operation
        settings: The settings for an Elasticsearch cluster.
        region: The region that this cluster belongs to. Only populated in SaaS or federated ECE.
        locked: Whether or not this cluster is locked. Only populated in SaaS.
        additional_properties: Keys the spec does not list, kept as received.
    """

    cluster_id: str
    cluster_name: str
    healthy: bool
    status: ElasticsearchClusterInfoStatus
    plan_info: ElasticsearchClusterPlansInfo
    elasticsearch: ElasticsearchInfo
    metadata: ClusterMetadataInfo
    associated_kibana_clusters: list[KibanaSubClusterInfo]
    associated_apm_clusters: list[ApmSubInfo]
    associated_appsearch_clusters: list[AppSearchSubInfo]
    snapshots: SnapshotStatusInfo
    external_links: list[ExternalHyperlink]
    deployment_id: str | Unset = UNSET
    topology: ClusterTopologyInfo | Unset | None = UNSET
    system_alerts: list[ClusterSystemAlert] | Unset | None = UNSET
    associated_enterprise_search_clusters: list[EnterpriseSearchSubInfo] | Unset | None = UNSET
    security: ElasticsearchClusterSecurityInfo | Unset | None = UNSET
    elasticsearch_monitoring_info: ElasticsearchMonitoringInfo | Unset | None = UNSET
    links: ElasticsearchClusterInfoLinks | Unset | None = UNSET
    settings: ElasticsearchClusterSettings | Unset | None = UNSET
    region: str | Unset = UNSET
    locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("cluster_id", "cluster_id", None),
        ("cluster_name", "cluster_name", None),
        ("healthy", "healthy", None),
        ("status", "status", ("enum", "ElasticsearchClusterInfoStatus")),
        ("plan_info", "plan_info", "ElasticsearchClusterPlansInfo"),
        ("elasticsearch", "elasticsearch", "ElasticsearchInfo"),
        ("metadata", "metadata", "ClusterMetadataInfo"),
        ("associated_kibana_clusters", "associated_kibana_clusters", ("list", "KibanaSubClusterInfo")),
        ("associated_apm_clusters", "associated_apm_clusters", ("list", "ApmSubInfo")),
        ("associated_appsearch_clusters", "associated_appsearch_clusters", ("list", "AppSearchSubInfo")),
        ("snapshots", "snapshots", "SnapshotStatusInfo"),
        ("external_links", "external_links", ("list", "ExternalHyperlink")),
        ("deployment_id", "deployment_id", None),
        ("topology", "topology", "ClusterTopologyInfo"),
        ("system_alerts", "system_alerts", ("list", "ClusterSystemAlert")),
        (
            "associated_enterprise_search_clusters",
            "associated_enterprise_search_clusters",
            ("list", "EnterpriseSearchSubInfo"),
        ),
        ("security", "security", "ElasticsearchClusterSecurityInfo"),
        ("elasticsearch_monitoring_info", "elasticsearch_monitoring_info", "ElasticsearchMonitoringInfo"),
        ("links", "links", "ElasticsearchClusterInfoLinks"),
        ("settings", "settings", "ElasticsearchClusterSettings"),
        ("region", "region", None),
        ("locked", "locked", None),
    )
    __ece_extra__ = None

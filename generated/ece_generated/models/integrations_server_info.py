"""IntegrationsServerInfo: generated from the ECE spec by ``make generate``; do not edit."""

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
    from .integrations_server_info_apm_server_mode import IntegrationsServerInfoApmServerMode
    from .integrations_server_info_links import IntegrationsServerInfoLinks
    from .integrations_server_info_status import IntegrationsServerInfoStatus
    from .integrations_server_plans_info import IntegrationsServerPlansInfo
    from .integrations_server_settings import IntegrationsServerSettings
    from .target_elasticsearch_cluster import TargetElasticsearchCluster


@_define
class IntegrationsServerInfo(Model):
    """The overview information for the Integrations Server.

    Attributes:
        id: The id of the Integrations Server
        name: The name of the Integrations Server
        elasticsearch_cluster: Information about the specified Elasticsearch cluster.
        healthy: Whether the Integrations Server is healthy or not (one or more of the info subsections will have
            healthy: false)
        status: Integrations Server status
        plan_info: Information about current, pending, and past Integrations Server plans.
        topology: The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
            `ClusterTopologyInfo` also includes the instances and containers, and where they are located.
        external_links: External resources related to the Integrations Server
        deployment_id: The id of the deployment that this Integrations Server belongs to.
        metadata: Information about the public and internal state, and the configuration settings of an
            Elasticsearch cluster.
        links: A map of application-specific operations (which map to 'operationId's in the Swagger API) to
            metadata about that operation
        settings: The settings for the Integrations Server.
        region: The region that this Integrations Server belongs to. Only populated in SaaS or federated ECE.
        apm_server_mode: The mode APM is operating in.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    elasticsearch_cluster: TargetElasticsearchCluster
    healthy: bool
    status: IntegrationsServerInfoStatus
    plan_info: IntegrationsServerPlansInfo
    topology: ClusterTopologyInfo
    external_links: list[ExternalHyperlink]
    deployment_id: str | Unset = UNSET
    metadata: ClusterMetadataInfo | Unset | None = UNSET
    links: IntegrationsServerInfoLinks | Unset | None = UNSET
    settings: IntegrationsServerSettings | Unset | None = UNSET
    region: str | Unset = UNSET
    apm_server_mode: IntegrationsServerInfoApmServerMode | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("elasticsearch_cluster", "elasticsearch_cluster", "TargetElasticsearchCluster"),
        ("healthy", "healthy", None),
        ("status", "status", ("enum", "IntegrationsServerInfoStatus")),
        ("plan_info", "plan_info", "IntegrationsServerPlansInfo"),
        ("topology", "topology", "ClusterTopologyInfo"),
        ("external_links", "external_links", ("list", "ExternalHyperlink")),
        ("deployment_id", "deployment_id", None),
        ("metadata", "metadata", "ClusterMetadataInfo"),
        ("links", "links", "IntegrationsServerInfoLinks"),
        ("settings", "settings", "IntegrationsServerSettings"),
        ("region", "region", None),
        ("apm_server_mode", "apm_server_mode", ("enum", "IntegrationsServerInfoApmServerMode")),
    )
    __ece_extra__ = None

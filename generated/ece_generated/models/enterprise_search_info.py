"""EnterpriseSearchInfo: generated from the ECE spec by ``make generate``; do not edit."""

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
    from .enterprise_search_info_links import EnterpriseSearchInfoLinks
    from .enterprise_search_info_status import EnterpriseSearchInfoStatus
    from .enterprise_search_plans_info import EnterpriseSearchPlansInfo
    from .enterprise_search_settings import EnterpriseSearchSettings
    from .external_hyperlink import ExternalHyperlink
    from .target_elasticsearch_cluster import TargetElasticsearchCluster


@_define
class EnterpriseSearchInfo(Model):
    """The overview information for the Enterprise Search Server.

    Attributes:
        id: The id of the Enterprise Search
        name: The name of the Enterprise Search
        elasticsearch_cluster: Information about the specified Elasticsearch cluster.
        healthy: Whether the Enterprise Search is healthy or not (one or more of the info subsections will have
            healthy: false)
        status: Enterprise Search status
        plan_info: Information about current, pending, and past Enterprise Search Server plans.
        topology: The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
            `ClusterTopologyInfo` also includes the instances and containers, and where they are located.
        external_links: External resources related to the Enterprise Search
        deployment_id: The id of the deployment that this Enterprise Search belongs to.
        metadata: Information about the public and internal state, and the configuration settings of an
            Elasticsearch cluster.
        links: A map of application-specific operations (which map to 'operationId's in the Swagger API) to
            metadata about that operation
        settings: The settings for the Enterprise Search.
        region: The region that this Enterprise Search belongs to. Only populated in SaaS or federated ECE.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    elasticsearch_cluster: TargetElasticsearchCluster
    healthy: bool
    status: EnterpriseSearchInfoStatus
    plan_info: EnterpriseSearchPlansInfo
    topology: ClusterTopologyInfo
    external_links: list[ExternalHyperlink]
    deployment_id: str | Unset = UNSET
    metadata: ClusterMetadataInfo | Unset | None = UNSET
    links: EnterpriseSearchInfoLinks | Unset | None = UNSET
    settings: EnterpriseSearchSettings | Unset | None = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("elasticsearch_cluster", "elasticsearch_cluster", "TargetElasticsearchCluster"),
        ("healthy", "healthy", None),
        ("status", "status", ("enum", "EnterpriseSearchInfoStatus")),
        ("plan_info", "plan_info", "EnterpriseSearchPlansInfo"),
        ("topology", "topology", "ClusterTopologyInfo"),
        ("external_links", "external_links", ("list", "ExternalHyperlink")),
        ("deployment_id", "deployment_id", None),
        ("metadata", "metadata", "ClusterMetadataInfo"),
        ("links", "links", "EnterpriseSearchInfoLinks"),
        ("settings", "settings", "EnterpriseSearchSettings"),
        ("region", "region", None),
    )
    __ece_extra__ = None

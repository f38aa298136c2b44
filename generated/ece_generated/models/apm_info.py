"""ApmInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .apm_info_apm_server_mode import ApmInfoApmServerMode
    from .apm_info_links import ApmInfoLinks
    from .apm_info_status import ApmInfoStatus
    from .apm_plans_info import ApmPlansInfo
    from .apm_settings import ApmSettings
    from .cluster_metadata_info import ClusterMetadataInfo
    from .cluster_topology_info import ClusterTopologyInfo
    from .external_hyperlink import ExternalHyperlink
    from .target_elasticsearch_cluster import TargetElasticsearchCluster


@_define
class ApmInfo(Model):
    """The overview information for the APM Server.

    Attributes:
        id: The id of the APM
        name: The name of the APM
        elasticsearch_cluster: Information about the specified Elasticsearch cluster.
        healthy: Whether the APM is healthy or not (one or more of the info subsections will have healthy: false)
        status: APM status
        plan_info: Information about current, pending, and past APM Server plans.
        topology: The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
            `ClusterTopologyInfo` also includes the instances and containers, and where they are located.
        external_links: External resources related to the APM
        deployment_id: The id of the deployment that this APM Server belongs to.
        metadata: Information about the public and internal state, and the configuration settings of an
            Elasticsearch cluster.
        links: A map of application-specific operations (which map to 'operationId's in the Swagger API) to
            metadata about that operation
        settings: The settings for the APM Server.
        region: The region that this APM belongs to. Only populated in SaaS or federated ECE.
        apm_server_mode: The mode APM is operating in.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    elasticsearch_cluster: TargetElasticsearchCluster
    healthy: bool
    status: ApmInfoStatus
    plan_info: ApmPlansInfo
    topology: ClusterTopologyInfo
    external_links: list[ExternalHyperlink]
    deployment_id: str | Unset = UNSET
    metadata: ClusterMetadataInfo | Unset | None = UNSET
    links: ApmInfoLinks | Unset | None = UNSET
    settings: ApmSettings | Unset | None = UNSET
    region: str | Unset = UNSET
    apm_server_mode: ApmInfoApmServerMode | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("elasticsearch_cluster", "elasticsearch_cluster", "TargetElasticsearchCluster"),
        ("healthy", "healthy", None),
        ("status", "status", ("enum", "ApmInfoStatus")),
        ("plan_info", "plan_info", "ApmPlansInfo"),
        ("topology", "topology", "ClusterTopologyInfo"),
        ("external_links", "external_links", ("list", "ExternalHyperlink")),
        ("deployment_id", "deployment_id", None),
        ("metadata", "metadata", "ClusterMetadataInfo"),
        ("links", "links", "ApmInfoLinks"),
        ("settings", "settings", "ApmSettings"),
        ("region", "region", None),
        ("apm_server_mode", "apm_server_mode", ("enum", "ApmInfoApmServerMode")),
    )
    __ece_extra__ = None

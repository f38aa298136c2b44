"""MoveClustersRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .move_apm_cluster_configuration import MoveApmClusterConfiguration
    from .move_app_search_configuration import MoveAppSearchConfiguration
    from .move_elasticsearch_cluster_configuration import MoveElasticsearchClusterConfiguration
    from .move_enterprise_search_configuration import MoveEnterpriseSearchConfiguration
    from .move_kibana_cluster_configuration import MoveKibanaClusterConfiguration


@_define
class MoveClustersRequest(Model):
    """The request for moving Elasticsearch clusters off an allocator.

    Attributes:
        elasticsearch_clusters: Optional list of Elasticsearch clusters to move off the allocator.
        kibana_clusters: Optional list of Kibana clusters to move off the allocator.
        apm_clusters: Optional list of Apm clusters to move off the allocator.
        appsearch_clusters: Optional list of App Search clusters to move off the allocator.
        enterprise_search_clusters: Optional list of Elastic Enterprise Search clusters to move off the allocator.
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch_clusters: list[MoveElasticsearchClusterConfiguration] | Unset | None = UNSET
    kibana_clusters: list[MoveKibanaClusterConfiguration] | Unset | None = UNSET
    apm_clusters: list[MoveApmClusterConfiguration] | Unset | None = UNSET
    appsearch_clusters: list[MoveAppSearchConfiguration] | Unset | None = UNSET
    enterprise_search_clusters: list[MoveEnterpriseSearchConfiguration] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch_clusters", "elasticsearch_clusters", ("list", "MoveElasticsearchClusterConfiguration")),
        ("kibana_clusters", "kibana_clusters", ("list", "MoveKibanaClusterConfiguration")),
        ("apm_clusters", "apm_clusters", ("list", "MoveApmClusterConfiguration")),
        ("appsearch_clusters", "appsearch_clusters", ("list", "MoveAppSearchConfiguration")),
        ("enterprise_search_clusters", "enterprise_search_clusters", ("list", "MoveEnterpriseSearchConfiguration")),
    )
    __ece_extra__ = None

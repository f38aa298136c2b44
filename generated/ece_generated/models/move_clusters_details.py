"""MoveClustersDetails: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .move_apm_cluster_details import MoveApmClusterDetails
    from .move_app_search_details import MoveAppSearchDetails
    from .move_elasticsearch_cluster_details import MoveElasticsearchClusterDetails
    from .move_enterprise_search_details import MoveEnterpriseSearchDetails
    from .move_kibana_cluster_details import MoveKibanaClusterDetails


@_define
class MoveClustersDetails(Model):
    """Information about the Elasticsearch clusters, multiple Kibana instances, and multiple APM Servers
    that are moved off of the allocator.

    Attributes:
        elasticsearch_clusters: Detailed information about the Elasticsearch clusters being moved.
        kibana_clusters: Detailed information about the Kibana clusters being moved.
        apm_clusters: Detailed information about the Apm clusters being moved.
        appsearch_clusters: Detailed information about the App Search clusters being moved.
        enterprise_search_clusters: Detailed information about the Elastic Enterprise Search clusters being moved.
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch_clusters: list[MoveElasticsearchClusterDetails]
    kibana_clusters: list[MoveKibanaClusterDetails]
    apm_clusters: list[MoveApmClusterDetails]
    appsearch_clusters: list[MoveAppSearchDetails]
    enterprise_search_clusters: list[MoveEnterpriseSearchDetails]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch_clusters", "elasticsearch_clusters", ("list", "MoveElasticsearchClusterDetails")),
        ("kibana_clusters", "kibana_clusters", ("list", "MoveKibanaClusterDetails")),
        ("apm_clusters", "apm_clusters", ("list", "MoveApmClusterDetails")),
        ("appsearch_clusters", "appsearch_clusters", ("list", "MoveAppSearchDetails")),
        ("enterprise_search_clusters", "enterprise_search_clusters", ("list", "MoveEnterpriseSearchDetails")),
    )
    __ece_extra__ = None

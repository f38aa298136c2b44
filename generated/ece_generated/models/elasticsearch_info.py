"""ElasticsearchInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elasticsearch_blocking_issues import ElasticsearchBlockingIssues
    from .elasticsearch_cluster_blocking_issues import ElasticsearchClusterBlockingIssues
    from .elasticsearch_master_info import ElasticsearchMasterInfo
    from .elasticsearch_shards_info import ElasticsearchShardsInfo
    from .elasticsearch_shards_status import ElasticsearchShardsStatus


@_define
class ElasticsearchInfo(Model):
    """Information about the Elasticsearch cluster.

    Attributes:
        healthy: Whether the Elasticsearch cluster is healthy (check the sub-objects for more details if not)
        shard_info: > WARNING
            > This endpoint is deprecated and scheduled to be removed in the next major version. Use
            `shards_status` instead.

            Information about the shards and replicas that comprise the Elasticsearch indices.
        master_info: Information about the master nodes in the Elasticsearch cluster.
        blocking_issues: > WARNING
            > This endpoint is deprecated and scheduled to be removed in the next major version. Use
            `cluster_blocking_issues` instead

            Issues that prevent the Elasticsearch cluster or index from operating correctly.
        shards_status: Shards status represented as green, yellow, or red, as returned by the Elasticsearch cluster
            health API
        cluster_blocking_issues: Issues that prevent the Elasticsearch cluster or index from correctly operating.
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    shard_info: ElasticsearchShardsInfo
    master_info: ElasticsearchMasterInfo
    blocking_issues: ElasticsearchClusterBlockingIssues
    shards_status: ElasticsearchShardsStatus | Unset | None = UNSET
    cluster_blocking_issues: ElasticsearchBlockingIssues | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("shard_info", "shard_info", "ElasticsearchShardsInfo"),
        ("master_info", "master_info", "ElasticsearchMasterInfo"),
        ("blocking_issues", "blocking_issues", "ElasticsearchClusterBlockingIssues"),
        ("shards_status", "shards_status", "ElasticsearchShardsStatus"),
        ("cluster_blocking_issues", "cluster_blocking_issues", "ElasticsearchBlockingIssues"),
    )
    __ece_extra__ = None

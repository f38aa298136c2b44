"""ElasticsearchClusterBlockingIssues: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .elasticsearch_cluster_blocking_issue_element import ElasticsearchClusterBlockingIssueElement


@_define
class ElasticsearchClusterBlockingIssues(Model):
    """> WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. Use
    `cluster_blocking_issues` instead

    Issues that prevent the Elasticsearch cluster or index from operating correctly.

    Attributes:
        healthy: Whether the cluster has issues (false) or not (true)
        cluster_level: A list of issues that affect availability of entire cluster
        index_level: A list of issues that affect availability of the cluster's indices
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    cluster_level: list[ElasticsearchClusterBlockingIssueElement]
    index_level: list[ElasticsearchClusterBlockingIssueElement]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("cluster_level", "cluster_level", ("list", "ElasticsearchClusterBlockingIssueElement")),
        ("index_level", "index_level", ("list", "ElasticsearchClusterBlockingIssueElement")),
    )
    __ece_extra__ = None

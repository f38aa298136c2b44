"""ElasticsearchBlockingIssues: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .elasticsearch_blocking_issue_element import ElasticsearchBlockingIssueElement


@_define
class ElasticsearchBlockingIssues(Model):
    """Issues that prevent the Elasticsearch cluster or index from correctly operating.

    Attributes:
        healthy: Whether the cluster has issues (false) or not (true)
        blocks: A list of blocks that affect the availability of the cluster
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    blocks: list[ElasticsearchBlockingIssueElement]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("blocks", "blocks", ("list", "ElasticsearchBlockingIssueElement")),
    )
    __ece_extra__ = None

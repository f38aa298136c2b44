"""ElasticsearchBlockingIssueElement: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .elasticsearch_blocking_issue_element_level import ElasticsearchBlockingIssueElementLevel


@_define
class ElasticsearchBlockingIssueElement(Model):
    """Information about index or cluster blocks

    Attributes:
        description: Description of the block
        level: Applicable level for the block. Either global ie. cluster-wide or index level
        additional_properties: Keys the spec does not list, kept as received.
    """

    description: str
    level: ElasticsearchBlockingIssueElementLevel
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("description", "description", None),
        ("level", "level", ("enum", "ElasticsearchBlockingIssueElementLevel")),
    )
    __ece_extra__ = None

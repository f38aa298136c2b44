"""ElasticsearchClusterBlockingIssueElement: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ElasticsearchClusterBlockingIssueElement(Model):
    """> WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. Use `blocks` in
    `cluster_blocking_issues` instead

    Information about an issue and the Elasticsearch instance it affects.

    Attributes:
        description: Description of the issue
        instances: A list of instances that are affected by the issue
        additional_properties: Keys the spec does not list, kept as received.
    """

    description: str
    instances: list[str]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("description", "description", None),
        ("instances", "instances", None),
    )
    __ece_extra__ = None

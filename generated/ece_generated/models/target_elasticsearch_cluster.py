"""TargetElasticsearchCluster: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .target_elasticsearch_cluster_links import TargetElasticsearchClusterLinks


@_define
class TargetElasticsearchCluster(Model):
    """Information about the specified Elasticsearch cluster.

    Attributes:
        elasticsearch_id: The Elasticsearch cluster Id
        links: A map of application-specific operations (which map to 'operationId's in the Swagger API) to
            metadata about that operation
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch_id: str
    links: TargetElasticsearchClusterLinks | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch_id", "elasticsearch_id", None),
        ("links", "links", "TargetElasticsearchClusterLinks"),
    )
    __ece_extra__ = None

"""ElasticsearchShardsStatus: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .elasticsearch_shards_status_status import ElasticsearchShardsStatusStatus


@_define
class ElasticsearchShardsStatus(Model):
    """Shards status represented as green, yellow, or red, as returned by the Elasticsearch cluster health
    API

    Attributes:
        status: Indicates the elasticsearch cluster health status as a color
        additional_properties: Keys the spec does not list, kept as received.
    """

    status: ElasticsearchShardsStatusStatus
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("status", "status", ("enum", "ElasticsearchShardsStatusStatus")),)
    __ece_extra__ = None

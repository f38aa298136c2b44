"""ElasticsearchShardsInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .elasticsearch_replica_element import ElasticsearchReplicaElement
    from .elasticsearch_shard_element import ElasticsearchShardElement


@_define
class ElasticsearchShardsInfo(Model):
    """> WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. Use
    `shards_status` instead.

    Information about the shards and replicas that comprise the Elasticsearch indices.

    Attributes:
        healthy: Whether the shard situation is healthy (any unavailable shards is unhealthy)
        available_shards:
        unavailable_shards:
        unavailable_replicas:
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    available_shards: list[ElasticsearchShardElement]
    unavailable_shards: list[ElasticsearchShardElement]
    unavailable_replicas: list[ElasticsearchReplicaElement]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("available_shards", "available_shards", ("list", "ElasticsearchShardElement")),
        ("unavailable_shards", "unavailable_shards", ("list", "ElasticsearchShardElement")),
        ("unavailable_replicas", "unavailable_replicas", ("list", "ElasticsearchReplicaElement")),
    )
    __ece_extra__ = None

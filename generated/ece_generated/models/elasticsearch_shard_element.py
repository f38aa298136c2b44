"""ElasticsearchShardElement: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ElasticsearchShardElement(Model):
    """Information about the shards for each Elasticsearch instance container that hosts an Elasticsearch
    node. TIP: When the shard is unavailable, the cluster is unable to serve all of the data.

    Attributes:
        instance_name: The Elastic Cloud name/id of the instance (container)
        shard_count: The number of shards of the given type (available/unavailable) on this instance
        additional_properties: Keys the spec does not list, kept as received.
    """

    instance_name: str
    shard_count: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("instance_name", "instance_name", None),
        ("shard_count", "shard_count", None),
    )
    __ece_extra__ = None

"""ElasticsearchReplicaElement: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ElasticsearchReplicaElement(Model):
    """Information about the unavailable replicas. NOTE: Unlike shards, unavailable replicas indicate a
    loss of redundancy rather than a loss of availability.

    Attributes:
        instance_name: The Elastic Cloud name/id of the instance (container)
        replica_count: The number of unavailable replicas on this instance
        additional_properties: Keys the spec does not list, kept as received.
    """

    instance_name: str
    replica_count: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("instance_name", "instance_name", None),
        ("replica_count", "replica_count", None),
    )
    __ece_extra__ = None

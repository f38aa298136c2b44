"""ElasticsearchMasterElement: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ElasticsearchMasterElement(Model):
    """Information about the Elasticsearch instances. For split-brain cases, this also includes sub-
    clusters.

    Attributes:
        master_node_id: The Elasticsearch node id of a master node
        instances: The names of the instance/container hosting the node belong to the cluster with the given master
        master_instance_name: The corresponding instance name of the container hosting the Elasticsearch master node, if
            available
        additional_properties: Keys the spec does not list, kept as received.
    """

    master_node_id: str
    instances: list[str]
    master_instance_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("master_node_id", "master_node_id", None),
        ("instances", "instances", None),
        ("master_instance_name", "master_instance_name", None),
    )
    __ece_extra__ = None

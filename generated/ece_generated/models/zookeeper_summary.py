"""ZookeeperSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .zookeeper_node_info import ZookeeperNodeInfo


@_define
class ZookeeperSummary(Model):
    """Information about the ZooKeeper state.

    Attributes:
        states: Information about the nodes
        additional_properties: Keys the spec does not list, kept as received.
    """

    states: list[ZookeeperNodeInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("states", "states", ("list", "ZookeeperNodeInfo")),)
    __ece_extra__ = None

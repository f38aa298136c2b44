"""ZookeeperNodeInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .zookeeper_node_info_state import ZookeeperNodeInfoState


@_define
class ZookeeperNodeInfo(Model):
    """Information about a ZooKeeper node.

    Attributes:
        id: Identifier of this ZooKeeper node
        state: State of the ZooKeeper node
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    state: ZookeeperNodeInfoState
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("state", "state", ("enum", "ZookeeperNodeInfoState")),
    )
    __ece_extra__ = None

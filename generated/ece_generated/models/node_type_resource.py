"""NodeTypeResource: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class NodeTypeResource(Model):
    """Information about the node type.

    Attributes:
        node_type: Node type, part of the key for this resource
        name: Node type name
        description: Node type description
        default_instance_configuration_id: Id of the default instance configuration to use for this node type.
        mandatory: Flag to specify a node type is mandatory in the corresponding cluster's plan
        additional_properties: Keys the spec does not list, kept as received.
    """

    node_type: str
    name: str
    description: str
    default_instance_configuration_id: str | Unset = UNSET
    mandatory: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("node_type", "node_type", None),
        ("name", "name", None),
        ("description", "description", None),
        ("default_instance_configuration_id", "default_instance_configuration_id", None),
        ("mandatory", "mandatory", None),
    )
    __ece_extra__ = None

"""StackVersionNodeType: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stack_version_instance_capacity_constraint import StackVersionInstanceCapacityConstraint
    from .stack_version_node_type_settings import StackVersionNodeTypeSettings


@_define
class StackVersionNodeType(Model):
    """The configuration for an Elastic Stack node type.

    Attributes:
        node_type: Type of the node (master, data, ...)
        name: Name of the node type
        description: Description of the node type
        settings: Settings that are applied to all nodes of this type
        capacity_constraints: The Elasticsearch instance, Kibana instance, APM Server capacity constraints for an Elastic
            Stack node type.
        compatible_node_types: Node types that are compatible with this one
        mandatory: Flag to specify a node type is mandatory in a cluster's plan
        additional_properties: Keys the spec does not list, kept as received.
    """

    node_type: str
    name: str
    description: str
    settings: StackVersionNodeTypeSettings | Unset | None = UNSET
    capacity_constraints: StackVersionInstanceCapacityConstraint | Unset | None = UNSET
    compatible_node_types: list[str] | Unset | None = UNSET
    mandatory: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("node_type", "node_type", None),
        ("name", "name", None),
        ("description", "description", None),
        ("settings", "settings", "StackVersionNodeTypeSettings"),
        ("capacity_constraints", "capacity_constraints", "StackVersionInstanceCapacityConstraint"),
        ("compatible_node_types", "compatible_node_types", None),
        ("mandatory", "mandatory", None),
    )
    __ece_extra__ = None

"""CompatibleNodeTypesResource: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .capacity_constraints_resource import CapacityConstraintsResource


@_define
class CompatibleNodeTypesResource(Model):
    """Information about the compatible node types.

    Attributes:
        node_type: Type of this node
        compatible_node_types: Compatible node types for the this node type
        capacity_constraints: Specifies the maximum and minimum capacity constraints.
        additional_properties: Keys the spec does not list, kept as received.
    """

    node_type: str
    compatible_node_types: list[str]
    capacity_constraints: CapacityConstraintsResource | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("node_type", "node_type", None),
        ("compatible_node_types", "compatible_node_types", None),
        ("capacity_constraints", "capacity_constraints", "CapacityConstraintsResource"),
    )
    __ece_extra__ = None

"""CompatibleVersionResource: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .capacity_constraints_resource import CapacityConstraintsResource
    from .compatible_node_types_resource import CompatibleNodeTypesResource


@_define
class CompatibleVersionResource(Model):
    """Information about the compatible version.

    Attributes:
        version: Compatible version, the key for this resource
        node_types: Supported node types for the version
        capacity_constraints: Specifies the maximum and minimum capacity constraints.
        additional_properties: Keys the spec does not list, kept as received.
    """

    version: str
    node_types: list[CompatibleNodeTypesResource]
    capacity_constraints: CapacityConstraintsResource | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("version", "version", None),
        ("node_types", "node_types", ("list", "CompatibleNodeTypesResource")),
        ("capacity_constraints", "capacity_constraints", "CapacityConstraintsResource"),
    )
    __ece_extra__ = None

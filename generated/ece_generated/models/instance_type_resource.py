"""InstanceTypeResource: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .compatible_version_resource import CompatibleVersionResource
    from .instance_type_resource_instance_type import InstanceTypeResourceInstanceType
    from .node_type_resource import NodeTypeResource


@_define
class InstanceTypeResource(Model):
    """InstanceTypeResource (no description in the spec).

    Attributes:
        instance_type: Instance type, the key for this resource
        name: Instance type name
        description: Instance type description
        node_types: Supported node types
        compatibility: Compatible versions
        default_instance_configuration_id: Id of the default instance configuration to use for this instance type.
        additional_properties: Keys the spec does not list, kept as received.
    """

    instance_type: InstanceTypeResourceInstanceType
    name: str
    description: str
    node_types: list[NodeTypeResource]
    compatibility: list[CompatibleVersionResource]
    default_instance_configuration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("instance_type", "instance_type", ("enum", "InstanceTypeResourceInstanceType")),
        ("name", "name", None),
        ("description", "description", None),
        ("node_types", "node_types", ("list", "NodeTypeResource")),
        ("compatibility", "compatibility", ("list", "CompatibleVersionResource")),
        ("default_instance_configuration_id", "default_instance_configuration_id", None),
    )
    __ece_extra__ = None

"""StackVersionElasticsearchConfig: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stack_version_elasticsearch_config_settings import StackVersionElasticsearchConfigSettings
    from .stack_version_instance_capacity_constraint import StackVersionInstanceCapacityConstraint
    from .stack_version_node_type import StackVersionNodeType


@_define
class StackVersionElasticsearchConfig(Model):
    """The Elasticsearch configuration for an Elastic Stack version.

    Attributes:
        docker_image: Docker image for the Elasticsearch
        plugins: List of available plugins
        default_plugins: List of default plugins
        blacklist: List of configuration options that cannot be overridden by user settings
        node_types: Node types that are supported by this stack version
        settings: Settings that are applied to all nodes of this type
        capacity_constraints: The Elasticsearch instance, Kibana instance, APM Server capacity constraints for an Elastic
            Stack node type.
        compatible_node_types: Node types that are compatible with this one
        additional_properties: Keys the spec does not list, kept as received.
    """

    docker_image: str
    plugins: list[str]
    default_plugins: list[str]
    blacklist: list[str]
    node_types: list[StackVersionNodeType] | Unset | None = UNSET
    settings: StackVersionElasticsearchConfigSettings | Unset | None = UNSET
    capacity_constraints: StackVersionInstanceCapacityConstraint | Unset | None = UNSET
    compatible_node_types: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("docker_image", "docker_image", None),
        ("plugins", "plugins", None),
        ("default_plugins", "default_plugins", None),
        ("blacklist", "blacklist", None),
        ("node_types", "node_types", ("list", "StackVersionNodeType")),
        ("settings", "settings", "StackVersionElasticsearchConfigSettings"),
        ("capacity_constraints", "capacity_constraints", "StackVersionInstanceCapacityConstraint"),
        ("compatible_node_types", "compatible_node_types", None),
    )
    __ece_extra__ = None

"""StackVersionIntegrationsServerConfig: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stack_version_instance_capacity_constraint import StackVersionInstanceCapacityConstraint
    from .stack_version_integrations_server_config_settings import StackVersionIntegrationsServerConfigSettings


@_define
class StackVersionIntegrationsServerConfig(Model):
    """The Integrations Server configuration for an Elastic Stack version.

    Attributes:
        docker_image: Docker image for the Integrations Server
        blacklist: List of configuration options that cannot be overridden by user settings
        version: Version of Integrations Server
        settings: Settings that are applied to all nodes of this type
        capacity_constraints: The Elasticsearch instance, Kibana instance, APM Server capacity constraints for an Elastic
            Stack node type.
        compatible_node_types: Node types that are compatible with this one
        additional_properties: Keys the spec does not list, kept as received.
    """

    docker_image: str
    blacklist: list[str]
    version: str | Unset = UNSET
    settings: StackVersionIntegrationsServerConfigSettings | Unset | None = UNSET
    capacity_constraints: StackVersionInstanceCapacityConstraint | Unset | None = UNSET
    compatible_node_types: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("docker_image", "docker_image", None),
        ("blacklist", "blacklist", None),
        ("version", "version", None),
        ("settings", "settings", "StackVersionIntegrationsServerConfigSettings"),
        ("capacity_constraints", "capacity_constraints", "StackVersionInstanceCapacityConstraint"),
        ("compatible_node_types", "compatible_node_types", None),
    )
    __ece_extra__ = None

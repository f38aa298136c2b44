"""ContainersEntryOptionsContainerConfig: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .container_config_host_config import ContainerConfigHostConfig


@_define
class ContainersEntryOptionsContainerConfig(Model):
    """Container config. Roughly corresponds to Docker container config

    Attributes:
        env: List of environment variables on the form KEY=value
        host_config:  Docker host config
        additional_properties: Keys the spec does not list, kept as received.
    """

    env: list[str]
    host_config: ContainerConfigHostConfig | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("env", "env", None),
        ("host_config", "host_config", "ContainerConfigHostConfig"),
    )
    __ece_extra__ = None

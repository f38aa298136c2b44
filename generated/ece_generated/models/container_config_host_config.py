"""ContainerConfigHostConfig: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .container_config_host_config_port_bindings import ContainerConfigHostConfigPortBindings
    from .restart_policy import RestartPolicy


@_define
class ContainerConfigHostConfig(Model):
    """Docker host config

    Attributes:
        extra_hosts: Ports that are exposed by the container.
        port_bindings: Map of ports that should be exposed on the host.
        binds: Volume bindings for the container.
        privileged: List of environment variables on the form KEY=value
        network_mode:  Sets the networking mode for the container.
        cpu_period: The length of a CPU period in microsecond
        restart_policy: A policy that is applied when a container unexpectedly exits
        additional_properties: Keys the spec does not list, kept as received.
    """

    extra_hosts: list[str]
    port_bindings: ContainerConfigHostConfigPortBindings
    binds: list[str]
    privileged: bool
    network_mode: str | Unset = UNSET
    cpu_period: int | Unset = UNSET
    restart_policy: RestartPolicy | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("extra_hosts", "extra_hosts", None),
        ("port_bindings", "port_bindings", "ContainerConfigHostConfigPortBindings"),
        ("binds", "binds", None),
        ("privileged", "privileged", None),
        ("network_mode", "network_mode", None),
        ("cpu_period", "cpu_period", None),
        ("restart_policy", "restart_policy", "RestartPolicy"),
    )
    __ece_extra__ = None

"""ContainerConfigHostConfigPortBindings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .port_binding import PortBinding


@_define
class ContainerConfigHostConfigPortBindings(Model):
    """Map of ports that should be exposed on the host.
    additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, list[PortBinding]] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = ("list", "PortBinding")

"""PortBinding: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class PortBinding(Model):
    """Value used to bind to a port on the host.

    Attributes:
        host_port: Port as observed by the host.
        host_ip: IP to bind to on the host. I.e {@code 0.0.0.0}
        additional_properties: Keys the spec does not list, kept as received.
    """

    host_port: str
    host_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("host_port", "host_port", None),
        ("host_ip", "host_ip", None),
    )
    __ece_extra__ = None

"""RemoteResourceInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class RemoteResourceInfo(Model):
    """Information about a Remote Cluster.

    Attributes:
        healthy: Whether or not the remote cluster is healthy
        connected: Whether or not there is at least one connection to the remote cluster.
        compatible: Whether or not the remote cluster version is compatible with this cluster version.
        trusted: Whether or not the remote cluster is trusted by this cluster.
        trusted_back: Whether or not the remote cluster trusts this cluster back.
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    connected: bool
    compatible: bool
    trusted: bool
    trusted_back: bool
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("connected", "connected", None),
        ("compatible", "compatible", None),
        ("trusted", "trusted", None),
        ("trusted_back", "trusted_back", None),
    )
    __ece_extra__ = None

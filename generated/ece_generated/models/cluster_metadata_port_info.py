"""ClusterMetadataPortInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ClusterMetadataPortInfo(Model):
    """Information about the ports that allow communication between the Elasticsearch cluster and various
    protocols.

    Attributes:
        http: Port where the cluster listens for HTTP traffic
        https: Port where the cluster listens for HTTPS traffic
        transport_passthrough: Port where the cluster listens for transport traffic using TLS
        additional_properties: Keys the spec does not list, kept as received.
    """

    http: int
    https: int
    transport_passthrough: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("http", "http", None),
        ("https", "https", None),
        ("transport_passthrough", "transport_passthrough", None),
    )
    __ece_extra__ = None

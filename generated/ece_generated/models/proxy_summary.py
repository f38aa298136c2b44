"""ProxySummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ProxySummary(Model):
    """Summarized information about a proxy.

    Attributes:
        proxy_id: The proxy identifier
        healthy: Whether this proxy is healthy
        additional_properties: Keys the spec does not list, kept as received.
    """

    proxy_id: str
    healthy: bool
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("proxy_id", "proxy_id", None),
        ("healthy", "healthy", None),
    )
    __ece_extra__ = None

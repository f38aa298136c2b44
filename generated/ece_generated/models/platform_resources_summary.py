"""PlatformResourcesSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class PlatformResourcesSummary(Model):
    """Information about resources.

    Attributes:
        healthy: Whether all resources are healthy
        available_count: Number of available resources
        used_count: Number of used resources
        missing_count: Number of missing resources
        minimum_available_count: Minimum number of available resources
        account_count: Number of accounts
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    available_count: int
    used_count: int
    missing_count: int
    minimum_available_count: int
    account_count: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("available_count", "available_count", None),
        ("used_count", "used_count", None),
        ("missing_count", "missing_count", None),
        ("minimum_available_count", "minimum_available_count", None),
        ("account_count", "account_count", None),
    )
    __ece_extra__ = None

"""AllocatedInstancePlansInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class AllocatedInstancePlansInfo(Model):
    """The plan information for the Elasticsearch cluster associated with the Kibana instance or APM
    Server.

    Attributes:
        pending: Whether or not there is a pending plan.
        version: The version of the current plan, falling back to that of the pending plan if it exists.
        zone_count: The number of zones in the current plan, falling back to that of the pending plan if it exists.
        additional_properties: Keys the spec does not list, kept as received.
    """

    pending: bool
    version: str | Unset = UNSET
    zone_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("pending", "pending", None),
        ("version", "version", None),
        ("zone_count", "zone_count", None),
    )
    __ece_extra__ = None

"""RestartPolicy: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class RestartPolicy(Model):
    """A policy that is applied when a container unexpectedly exits

    Attributes:
        name: Identifier for the policy.
        maximum_retry_count: Maximum number of times to re-try before giving up
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    maximum_retry_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("maximum_retry_count", "maximum_retry_count", None),
    )
    __ece_extra__ = None

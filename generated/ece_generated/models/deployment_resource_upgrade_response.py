"""DeploymentResourceUpgradeResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class DeploymentResourceUpgradeResponse(Model):
    """DeploymentResourceUpgradeResponse (no description in the spec).

    Attributes:
        resource_id:
        stack_version:
        additional_properties: Keys the spec does not list, kept as received.
    """

    resource_id: str
    stack_version: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("resource_id", "resource_id", None),
        ("stack_version", "stack_version", None),
    )
    __ece_extra__ = None

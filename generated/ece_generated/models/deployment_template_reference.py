"""DeploymentTemplateReference: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class DeploymentTemplateReference(Model):
    """Specifies the deployment template used to create the plan.

    Attributes:
        id: The unique identifier of the deployment template
        version: A version identifier to disambiguate multiple revisions of the same template
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("version", "version", None),
    )
    __ece_extra__ = None

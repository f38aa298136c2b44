"""DeploymentDiagnostics: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .creates import Creates
    from .updates import Updates


@_define
class DeploymentDiagnostics(Model):
    """Describes the diagnostics for a given Deployment-modifying payload

    Attributes:
        creates: Holds diagnostics for resources that will be created
        updates: Holds diagnostics for existing resources that might be updated
        additional_properties: Keys the spec does not list, kept as received.
    """

    creates: Creates | Unset | None = UNSET
    updates: Updates | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("creates", "creates", "Creates"),
        ("updates", "updates", "Updates"),
    )
    __ece_extra__ = None

"""DeploymentShutdownResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .orphaned import Orphaned


@_define
class DeploymentShutdownResponse(Model):
    """A response returned from the Deployment shutdown endpoint

    Attributes:
        id: The id of the deployment
        name: The name of the deployment
        orphaned: Details about orphaned resources.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    orphaned: Orphaned | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("orphaned", "orphaned", "Orphaned"),
    )
    __ece_extra__ = None

"""DeploymentResourceCommandResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .reply_warning import ReplyWarning


@_define
class DeploymentResourceCommandResponse(Model):
    """Response returned when a command is successfully issued against a given Deployment resource

    Attributes:
        warnings: List of warnings generated from validating command
        additional_properties: Keys the spec does not list, kept as received.
    """

    warnings: list[ReplyWarning] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("warnings", "warnings", ("list", "ReplyWarning")),)
    __ece_extra__ = None

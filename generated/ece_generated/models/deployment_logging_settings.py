"""DeploymentLoggingSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .observability_absolute_deployment import ObservabilityAbsoluteDeployment


@_define
class DeploymentLoggingSettings(Model):
    """The logging settings for a deployment

    Attributes:
        destination: The destination to send logs and metrics to
        additional_properties: Keys the spec does not list, kept as received.
    """

    destination: ObservabilityAbsoluteDeployment
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("destination", "destination", "ObservabilityAbsoluteDeployment"),)
    __ece_extra__ = None

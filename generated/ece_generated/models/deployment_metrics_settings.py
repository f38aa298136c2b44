"""DeploymentMetricsSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .observability_absolute_deployment import ObservabilityAbsoluteDeployment


@_define
class DeploymentMetricsSettings(Model):
    """The metrics settings for a deployment

    Attributes:
        destination: The destination to send logs and metrics to
        force_legacy_monitoring: Set to true to force the deployment to use legacy monitoring instead of Metricbeat-based
            monitoring.
        additional_properties: Keys the spec does not list, kept as received.
    """

    destination: ObservabilityAbsoluteDeployment
    force_legacy_monitoring: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("destination", "destination", "ObservabilityAbsoluteDeployment"),
        ("force_legacy_monitoring", "force_legacy_monitoring", None),
    )
    __ece_extra__ = None

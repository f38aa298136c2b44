"""DeploymentObservabilitySettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_logging_settings import DeploymentLoggingSettings
    from .deployment_metrics_settings import DeploymentMetricsSettings


@_define
class DeploymentObservabilitySettings(Model):
    """The observability settings for a deployment

    Attributes:
        logging: The logging settings for a deployment
        metrics: The metrics settings for a deployment
        additional_properties: Keys the spec does not list, kept as received.
    """

    logging: DeploymentLoggingSettings | Unset | None = UNSET
    metrics: DeploymentMetricsSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("logging", "logging", "DeploymentLoggingSettings"),
        ("metrics", "metrics", "DeploymentMetricsSettings"),
    )
    __ece_extra__ = None

"""DeploymentCreateSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_observability_settings import DeploymentObservabilitySettings
    from .traffic_filter_settings import TrafficFilterSettings


@_define
class DeploymentCreateSettings(Model):
    """Additional configuration for the new deployment object.

    Attributes:
        traffic_filter_settings: The configuration settings for the traffic filter.
        observability: The observability settings for a deployment
        autoscaling_enabled: Enable autoscaling for this deployment.
        additional_properties: Keys the spec does not list, kept as received.
    """

    traffic_filter_settings: TrafficFilterSettings | Unset | None = UNSET
    observability: DeploymentObservabilitySettings | Unset | None = UNSET
    autoscaling_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("traffic_filter_settings", "traffic_filter_settings", "TrafficFilterSettings"),
        ("observability", "observability", "DeploymentObservabilitySettings"),
        ("autoscaling_enabled", "autoscaling_enabled", None),
    )
    __ece_extra__ = None

"""DeploymentSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .auto_ops_settings import AutoOpsSettings
    from .deployment_observability_settings import DeploymentObservabilitySettings
    from .traffic_filter_settings import TrafficFilterSettings


@_define
class DeploymentSettings(Model):
    """Additional configuration about the current deployment object.

    Attributes:
        traffic_filter_settings: The configuration settings for the traffic filter.
        observability: The observability settings for a deployment
        autoscaling_enabled: If autoscaling is enabled for this deployment.
        auto_ops: AutoOps settings for this deployment.
        additional_properties: Keys the spec does not list, kept as received.
    """

    traffic_filter_settings: TrafficFilterSettings | Unset | None = UNSET
    observability: DeploymentObservabilitySettings | Unset | None = UNSET
    autoscaling_enabled: bool | Unset = UNSET
    auto_ops: AutoOpsSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("traffic_filter_settings", "traffic_filter_settings", "TrafficFilterSettings"),
        ("observability", "observability", "DeploymentObservabilitySettings"),
        ("autoscaling_enabled", "autoscaling_enabled", None),
        ("auto_ops", "auto_ops", "AutoOpsSettings"),
    )
    __ece_extra__ = None

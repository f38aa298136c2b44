"""DeploymentUpdateSettings: generated from the ECE spec by ``make generate``; do not edit."""

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


@_define
class DeploymentUpdateSettings(Model):
    """Additional configuration for the new deployment object.

    Attributes:
        observability: The observability settings for a deployment
        autoscaling_enabled: Enable autoscaling for this deployment.
        auto_ops: AutoOps settings for this deployment.
        additional_properties: Keys the spec does not list, kept as received.
    """

    observability: DeploymentObservabilitySettings | Unset | None = UNSET
    autoscaling_enabled: bool | Unset = UNSET
    auto_ops: AutoOpsSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("observability", "observability", "DeploymentObservabilitySettings"),
        ("autoscaling_enabled", "autoscaling_enabled", None),
        ("auto_ops", "auto_ops", "AutoOpsSettings"),
    )
    __ece_extra__ = None

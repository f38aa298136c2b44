"""DeploymentObservability: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_logging import DeploymentLogging
    from .deployment_metrics import DeploymentMetrics
    from .observability_issue import ObservabilityIssue


@_define
class DeploymentObservability(Model):
    """Observability information for a deployment

    Attributes:
        healthy: Whether the deployment observability is healthy or not (one or more of the subsections will have
            healthy: false)
        logging: Logging information for a deployment
        metrics: Metrics information for a deployment
        issues: General observability health issues for the deployment
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    logging: DeploymentLogging | Unset | None = UNSET
    metrics: DeploymentMetrics | Unset | None = UNSET
    issues: list[ObservabilityIssue] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("logging", "logging", "DeploymentLogging"),
        ("metrics", "metrics", "DeploymentMetrics"),
        ("issues", "issues", ("list", "ObservabilityIssue")),
    )
    __ece_extra__ = None

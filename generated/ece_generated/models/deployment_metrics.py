"""DeploymentMetrics: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_metrics_urls import DeploymentMetricsUrls
    from .observability_issue import ObservabilityIssue


@_define
class DeploymentMetrics(Model):
    """Metrics information for a deployment

    Attributes:
        healthy: Whether the deployment metrics are healthy or not
        urls: The URLs to view this deployment's metrics in Kibana
        issues: Metrics health issues for the deployment
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    urls: DeploymentMetricsUrls | Unset | None = UNSET
    issues: list[ObservabilityIssue] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("urls", "urls", "DeploymentMetricsUrls"),
        ("issues", "issues", ("list", "ObservabilityIssue")),
    )
    __ece_extra__ = None

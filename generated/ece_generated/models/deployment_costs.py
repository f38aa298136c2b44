"""DeploymentCosts: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .costs import Costs
    from .period import Period


@_define
class DeploymentCosts(Model):
    """Detailed costs for a deployment for an organization. All of the costs are expressed in Elastic
    Consumption Unit (ECU).

    Attributes:
        deployment_id: Elasticsearch deployment id
        deployment_name: Elasticsearch deployment name
        costs: Costs overview for an organization. All of the costs, credits, trials are expressed in Elastic
            Consumption Unit (ECU).
        hourly_rate: Price per hour
        period: Period
        additional_properties: Keys the spec does not list, kept as received.
    """

    deployment_id: str
    deployment_name: str
    costs: Costs
    hourly_rate: float
    period: Period | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("deployment_id", "deployment_id", None),
        ("deployment_name", "deployment_name", None),
        ("costs", "costs", "Costs"),
        ("hourly_rate", "hourly_rate", None),
        ("period", "period", "Period"),
    )
    __ece_extra__ = None

"""DeploymentsCosts: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .deployment_costs import DeploymentCosts


@_define
class DeploymentsCosts(Model):
    """Costs associated to a set of deployments for an organization. All of the costs are expressed in
    Elastic Consumption Unit (ECU).

    Attributes:
        total_cost: Total cost for all deployments
        deployments: Costs of the list of deployments
        additional_properties: Keys the spec does not list, kept as received.
    """

    total_cost: float
    deployments: list[DeploymentCosts]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("total_cost", "total_cost", None),
        ("deployments", "deployments", ("list", "DeploymentCosts")),
    )
    __ece_extra__ = None

"""CostsOverview: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .balance import Balance
    from .costs import Costs


@_define
class CostsOverview(Model):
    """The top level costs overview for an organization. All of the costs, credits, trials are expressed in
    Elastic Consumption Unit (ECU).

    Attributes:
        costs: Costs overview for an organization. All of the costs, credits, trials are expressed in Elastic
            Consumption Unit (ECU).
        trials: Trial costs for the organization
        hourly_rate: Hourly rate applied.
        balance: The available balance for an organization
        additional_properties: Keys the spec does not list, kept as received.
    """

    costs: Costs
    trials: float
    hourly_rate: float
    balance: Balance | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("costs", "costs", "Costs"),
        ("trials", "trials", None),
        ("hourly_rate", "hourly_rate", None),
        ("balance", "balance", "Balance"),
    )
    __ece_extra__ = None

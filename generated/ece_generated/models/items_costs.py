"""ItemsCosts: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .costs import Costs
    from .dts_dimension_costs import DtsDimensionCosts
    from .item_costs import ItemCosts


@_define
class ItemsCosts(Model):
    """Costs associated to a set of Elastic Cloud resources for an organization. All of the costs are
    expressed in Elastic Consumption Unit (ECU).

    Attributes:
        costs: Costs overview for an organization. All of the costs, credits, trials are expressed in Elastic
            Consumption Unit (ECU).
        data_transfer_and_storage: List of the detailed costs associated to the Data Transfer and Storage (DTS) dimensions
        resources: Costs of the list of resources
        additional_properties: Keys the spec does not list, kept as received.
    """

    costs: Costs
    data_transfer_and_storage: list[DtsDimensionCosts]
    resources: list[ItemCosts]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("costs", "costs", "Costs"),
        ("data_transfer_and_storage", "data_transfer_and_storage", ("list", "DtsDimensionCosts")),
        ("resources", "resources", ("list", "ItemCosts")),
    )
    __ece_extra__ = None

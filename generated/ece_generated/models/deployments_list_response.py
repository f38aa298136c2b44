"""DeploymentsListResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .deployments_listing_data import DeploymentsListingData


@_define
class DeploymentsListResponse(Model):
    """Contains a list of deployments

    Attributes:
        deployments: The deployments
        additional_properties: Keys the spec does not list, kept as received.
    """

    deployments: list[DeploymentsListingData]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("deployments", "deployments", ("list", "DeploymentsListingData")),)
    __ece_extra__ = None

"""DeploymentsListingData: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .deployment_resource import DeploymentResource


@_define
class DeploymentsListingData(Model):
    """DeploymentsListingData (no description in the spec).

    Attributes:
        id: The id of this deployment
        name: The name of this deployment
        resources: List of resources in this deployment
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    resources: list[DeploymentResource]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("resources", "resources", ("list", "DeploymentResource")),
    )
    __ece_extra__ = None

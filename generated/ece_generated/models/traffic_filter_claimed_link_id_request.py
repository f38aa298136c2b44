"""TrafficFilterClaimedLinkIdRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class TrafficFilterClaimedLinkIdRequest(Model):
    """The specification for traffic filter claimed link id.

    Attributes:
        region: The claimed link id can be used only for traffic filter in the specific region
        link_id: Link id. A GCP private service connect ID or AWS VPC endpoint ID
        azure_endpoint_name: Name of the Azure Private Endpoint to allow connections from
        azure_endpoint_guid: Resource GUID of the Azure Private Endpoint to allow connections from
        additional_properties: Keys the spec does not list, kept as received.
    """

    region: str
    link_id: str | Unset = UNSET
    azure_endpoint_name: str | Unset = UNSET
    azure_endpoint_guid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("region", "region", None),
        ("link_id", "link_id", None),
        ("azure_endpoint_name", "azure_endpoint_name", None),
        ("azure_endpoint_guid", "azure_endpoint_guid", None),
    )
    __ece_extra__ = None

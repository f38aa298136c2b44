"""DeploymentsSearchResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_search_response import DeploymentSearchResponse
    from .deployments_search_response_minimal_metadata_item import DeploymentsSearchResponseMinimalMetadataItem


@_define
class DeploymentsSearchResponse(Model):
    """Contains a list of Deployments as result of a search request.

    Attributes:
        return_count: The number of deployments actually returned, either as deployment instances or as
            minimalMetadata objects
        deployments:
        match_count: If a query is supplied, then the total number of deployments that matched
        minimal_metadata:
        cursor: To retrieve the next batch of deployments from this search, specify this value in the cursor
            field of the next search request. For paginated searches, it is recommended to sort on a static
            and unique field, like deployment or cluster id. A static and unique sort avoids concurrent
            updates causing a deployment to move across pages and becoming a duplicate or lost entry. The
            default sort of rank and modified date is often good for getting a particular deployment into
            the first page, but if a not yet seen deployment is modified in between page requests, then it
            would be left out from the next page.
        additional_properties: Keys the spec does not list, kept as received.
    """

    return_count: int
    deployments: list[DeploymentSearchResponse]
    match_count: int | Unset = UNSET
    minimal_metadata: list[DeploymentsSearchResponseMinimalMetadataItem] | Unset | None = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("return_count", "return_count", None),
        ("deployments", "deployments", ("list", "DeploymentSearchResponse")),
        ("match_count", "match_count", None),
        ("minimal_metadata", "minimal_metadata", ("list", "DeploymentsSearchResponseMinimalMetadataItem")),
        ("cursor", "cursor", None),
    )
    __ece_extra__ = None

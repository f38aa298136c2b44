"""TrustRelationshipsListResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .trust_relationship_get_response import TrustRelationshipGetResponse


@_define
class TrustRelationshipsListResponse(Model):
    """Contains a list of trust relationships

    Attributes:
        trust_relationships: The trust relationships
        additional_properties: Keys the spec does not list, kept as received.
    """

    trust_relationships: list[TrustRelationshipGetResponse]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("trust_relationships", "trust_relationships", ("list", "TrustRelationshipGetResponse")),)
    __ece_extra__ = None

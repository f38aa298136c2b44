"""TrustRelationshipCreateResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class TrustRelationshipCreateResponse(Model):
    """A response returned from the trust relationship create endpoint

    Attributes:
        id: The id of the trust relationship
        name: The name of the trust relationship
        trust_by_default: If this relationship is trusted by default by all deployments in the current environment.
        local: If this is the trust relationship for the local environment
        account_ids: The ID of the accounts trusted by this relationship.
        installation_id: The installation ID of the environment to trust
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    trust_by_default: bool
    local: bool
    account_ids: list[str] | Unset | None = UNSET
    installation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("trust_by_default", "trust_by_default", None),
        ("local", "local", None),
        ("account_ids", "account_ids", None),
        ("installation_id", "installation_id", None),
    )
    __ece_extra__ = None

"""TrustRelationshipGetResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class TrustRelationshipGetResponse(Model):
    """TrustRelationshipGetResponse (no description in the spec).

    Attributes:
        id: The id of the trust relationship
        name: The name of the trust relationship
        trust_by_default: If this relationship is trusted by default by all deployments in the current environment.
        local: If this is the trust relationship for the local environment
        last_modified: The most recent time the trust relationship was changed (ISO format in UTC)
        account_ids: The ID of the accounts trusted by this relationship.
        public_ca_cert: The public CA certificate of the environment to trust
        installation_id: The installation ID of the environment to trust
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    trust_by_default: bool
    local: bool
    last_modified: str
    account_ids: list[str] | Unset | None = UNSET
    public_ca_cert: str | Unset = UNSET
    installation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("trust_by_default", "trust_by_default", None),
        ("local", "local", None),
        ("last_modified", "last_modified", None),
        ("account_ids", "account_ids", None),
        ("public_ca_cert", "public_ca_cert", None),
        ("installation_id", "installation_id", None),
    )
    __ece_extra__ = None

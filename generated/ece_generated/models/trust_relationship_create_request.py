"""TrustRelationshipCreateRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class TrustRelationshipCreateRequest(Model):
    """A request for creating a trust relationship with another environment

    Attributes:
        name: A name for the trust relationship
        public_ca_cert: The public CA certificate of the environment to trust
        trust_by_default: If this relationship is trusted by default by all deployments in the current environment.
        account_ids: The ID of the accounts to trust by this relationship.
        installation_id: The installation ID of the environment to trust
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    public_ca_cert: str
    trust_by_default: bool | Unset = UNSET
    account_ids: list[str] | Unset | None = UNSET
    installation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("public_ca_cert", "public_ca_cert", None),
        ("trust_by_default", "trust_by_default", None),
        ("account_ids", "account_ids", None),
        ("installation_id", "installation_id", None),
    )
    __ece_extra__ = None

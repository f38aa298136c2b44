"""AccountUpdateRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .account_trust_settings import AccountTrustSettings


@_define
class AccountUpdateRequest(Model):
    """A request to update an account

    Attributes:
        trust: Settings related to the level of trust of the clusters in this account
        additional_properties: Keys the spec does not list, kept as received.
    """

    trust: AccountTrustSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("trust", "trust", "AccountTrustSettings"),)
    __ece_extra__ = None

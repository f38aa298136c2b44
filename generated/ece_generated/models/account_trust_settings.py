"""AccountTrustSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class AccountTrustSettings(Model):
    """Settings related to the level of trust of the clusters in this account

    Attributes:
        trust_all: If true, all clusters in this account will by default trust all other clusters in the same
            account
        additional_properties: Keys the spec does not list, kept as received.
    """

    trust_all: bool
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("trust_all", "trust_all", None),)
    __ece_extra__ = None

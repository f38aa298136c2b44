"""ChainStatus: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ChainStatus(Model):
    """Chain expiration information

    Attributes:
        expiration_date: When this chain is going to expire due any of its certificates expiring (ISO format in UTC)
        first_certificate_to_expire: Information on the first certificate expiring in the chain
        additional_properties: Keys the spec does not list, kept as received.
    """

    expiration_date: str
    first_certificate_to_expire: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("expiration_date", "expiration_date", None),
        ("first_certificate_to_expire", "first_certificate_to_expire", None),
    )
    __ece_extra__ = None

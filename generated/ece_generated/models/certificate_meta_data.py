"""CertificateMetaData: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class CertificateMetaData(Model):
    """The certificate MetaData

    Attributes:
        fingerprint: The fingerprint of the certificate
        valid_to: The expiry date of the certificate in UTC
        valid_from: The valid from date of the certificate in UTC
        also_trusted_by: Other deployments also trusting this certificate
        additional_properties: Keys the spec does not list, kept as received.
    """

    fingerprint: str
    valid_to: str
    valid_from: str
    also_trusted_by: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("fingerprint", "fingerprint", None),
        ("valid_to", "valid_to", None),
        ("valid_from", "valid_from", None),
        ("also_trusted_by", "also_trusted_by", None),
    )
    __ece_extra__ = None

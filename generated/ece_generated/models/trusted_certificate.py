"""TrustedCertificate: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .certificate_meta_data import CertificateMetaData


@_define
class TrustedCertificate(Model):
    """An x509 certificate used by a DirectTrustRelationship

    Attributes:
        pem: The public ca certificate as string in PEM format.
        metadata: The certificate MetaData
        additional_properties: Keys the spec does not list, kept as received.
    """

    pem: str
    metadata: CertificateMetaData | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("pem", "pem", None),
        ("metadata", "metadata", "CertificateMetaData"),
    )
    __ece_extra__ = None

"""PublicCertificate: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .certificate_meta_data import CertificateMetaData


@_define
class PublicCertificate(Model):
    """A certificate used to sign the certificates of this deployment

    Attributes:
        active: If true, this certificate is the one which has been used to sign the current certificates.
            Otherwise, it may be the one that will be used when this certificate expires.
        pem: The public certificate as string in PEM format.
        metadata: The certificate MetaData
        additional_properties: Keys the spec does not list, kept as received.
    """

    active: bool
    pem: str
    metadata: CertificateMetaData
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("active", "active", None),
        ("pem", "pem", None),
        ("metadata", "metadata", "CertificateMetaData"),
    )
    __ece_extra__ = None

"""CertificateAuthority: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .public_certificate import PublicCertificate


@_define
class CertificateAuthority(Model):
    """The certificate authority used to sign the certificates of this deployment

    Attributes:
        recommended_trust_restriction: The trust restriction expression to use that would provide trust with the Elasticsearch nodes of
            this deployment
        public_certificates: The certificates used by this certificate authority. The active certificate is the one that has
            been used to sign the current certificates of the Elasticsearch instances. All others are either
            certificates used in the past or certificates that will be used in the future when the currently
            active certificate expires.
        additional_properties: Keys the spec does not list, kept as received.
    """

    recommended_trust_restriction: str
    public_certificates: list[PublicCertificate]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("recommended_trust_restriction", "recommended_trust_restriction", None),
        ("public_certificates", "public_certificates", ("list", "PublicCertificate")),
    )
    __ece_extra__ = None

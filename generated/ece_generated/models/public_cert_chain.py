"""PublicCertChain: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class PublicCertChain(Model):
    """The public portion of the certificate chain that contains the PEM encoded server certificate,
    intermediate certificates, and the CA certificate. NOTE: The private key, normally included in
    certificate chains, is omitted.

    Attributes:
        chain: The list of PEM encoded X509 certificates that make up the certificate chain
        additional_properties: Keys the spec does not list, kept as received.
    """

    chain: list[str]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("chain", "chain", None),)
    __ece_extra__ = None

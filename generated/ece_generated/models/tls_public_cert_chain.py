"""TlsPublicCertChain: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .chain_status import ChainStatus


@_define
class TlsPublicCertChain(Model):
    """The public portion of the certificate chain that contains the PEM encoded server certificate,
    intermediate certificates, and the CA certificate. NOTE: The private key, normally included in
    certificate chains, is omitted.

    Attributes:
        user_supplied: Was this certificate chain user supplied or automatically generated?
        chain: The list of PEM encoded X509 certificates that make up the certificate chain
        chain_status: Chain expiration information
        api_managed: Whether or not this certificate can be updated using the API
        additional_properties: Keys the spec does not list, kept as received.
    """

    user_supplied: bool
    chain: list[str]
    chain_status: ChainStatus | Unset | None = UNSET
    api_managed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("user_supplied", "user_supplied", None),
        ("chain", "chain", None),
        ("chain_status", "chain_status", "ChainStatus"),
        ("api_managed", "api_managed", None),
    )
    __ece_extra__ = None

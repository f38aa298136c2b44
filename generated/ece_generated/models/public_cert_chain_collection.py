"""PublicCertChainCollection: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .public_cert_chain_collection_certs import PublicCertChainCollectionCerts


@_define
class PublicCertChainCollection(Model):
    """Collections of public certificate chains for all the defined extra certificates

    Attributes:
        certs: The map of extra certificate ids to their public certificate chains
        additional_properties: Keys the spec does not list, kept as received.
    """

    certs: PublicCertChainCollectionCerts
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("certs", "certs", "PublicCertChainCollectionCerts"),)
    __ece_extra__ = None

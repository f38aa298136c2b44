"""UpdatedTlsChain: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .updated_tls_chain_service import UpdatedTlsChainService


@_define
class UpdatedTlsChain(Model):
    """Details on the updated TLS chain

    Attributes:
        service: The service certificate chain that has been updated
        additional_properties: Keys the spec does not list, kept as received.
    """

    service: UpdatedTlsChainService
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("service", "service", ("enum", "UpdatedTlsChainService")),)
    __ece_extra__ = None

"""KeystoreContentsSecrets: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .keystore_secret import KeystoreSecret


@_define
class KeystoreContentsSecrets(Model):
    """List of secrets
    additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, KeystoreSecret] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = "KeystoreSecret"

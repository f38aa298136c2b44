"""KeystoreContents: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .keystore_contents_secrets import KeystoreContentsSecrets


@_define
class KeystoreContents(Model):
    """The contents of the Elasticsearch keystore.

    Attributes:
        secrets: List of secrets (A secret: left out of repr.)
        additional_properties: Keys the spec does not list, kept as received.
    """

    secrets: KeystoreContentsSecrets = _field(repr=False)
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("secrets", "secrets", "KeystoreContentsSecrets"),)
    __ece_extra__ = None

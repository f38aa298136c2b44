"""KeystoreSecretValue: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class KeystoreSecretValue(Model):
    """Value of this setting. This can either be a string or a JSON object that is stored as a JSON string
    in the keystore. NOTE: When the keystore secret is unspecified, it is removed.
        additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = None

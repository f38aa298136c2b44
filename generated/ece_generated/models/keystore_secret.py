"""KeystoreSecret: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .keystore_secret_value import KeystoreSecretValue


@_define
class KeystoreSecret(Model):
    """The value that you configure for the Elasticsearch keystore secret.

    Attributes:
        value: Value of this setting. This can either be a string or a JSON object that is stored as a JSON
            string in the keystore. NOTE: When the keystore secret is unspecified, it is removed. (A secret:
            left out of repr.)
        as_file: Stores the keystore secret as a file. The default is false, which stores the keystore secret as
            string when value is a plain string, or true when value is an object.
        additional_properties: Keys the spec does not list, kept as received.
    """

    value: KeystoreSecretValue | Unset | None = _field(default=UNSET, repr=False)
    as_file: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("value", "value", "KeystoreSecretValue"),
        ("as_file", "as_file", None),
    )
    __ece_extra__ = None

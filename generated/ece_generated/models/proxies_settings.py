"""ProxiesSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .proxies_http_settings import ProxiesHttpSettings


@_define
class ProxiesSettings(Model):
    """> WARNING
    > This object is deprecated and scheduled to be removed in the next major version.

    Attributes:
        expected_proxies_count: Expected number of proxies
        signature_secret: Secret string for signature generation (A secret: left out of repr.)
        signature_valid_for_millis: Signature validity in milliseconds
        http_settings: > WARNING
            > This object is deprecated and scheduled to be removed in the next major version.
        additional_properties: Keys the spec does not list, kept as received.
    """

    expected_proxies_count: int
    signature_secret: str = _field(repr=False)
    signature_valid_for_millis: int
    http_settings: ProxiesHttpSettings
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("expected_proxies_count", "expected_proxies_count", None),
        ("signature_secret", "signature_secret", None),
        ("signature_valid_for_millis", "signature_valid_for_millis", None),
        ("http_settings", "http_settings", "ProxiesHttpSettings"),
    )
    __ece_extra__ = None

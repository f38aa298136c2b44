"""AuthenticationInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class AuthenticationInfo(Model):
    """A user's authentication info

    Attributes:
        has_elevated_permissions: Deprecated: True if the user has elevated permissions
        refresh_token_url: The API to be used when refreshing the current user's JWT
        has_totp_device: Deprecated: True if the user has an available TOTP device
        totp_device_source: Deprecated: The TOTP device source
        elevated_permissions_expire_at: Deprecated: The UTC time when elevated permissions will expire, if the user has elevated
            permissions
        totp_device_source_enable_mfa_href: Deprecated: URL for configuring an MFA TOTP device.  Does not apply when totp_device_source is
            'native'.
        expires_at: The UTC time when current authentication will expire. Applies to only token based authentication
        additional_properties: Keys the spec does not list, kept as received.
    """

    has_elevated_permissions: bool
    refresh_token_url: str
    has_totp_device: bool | Unset = UNSET
    totp_device_source: str | Unset = UNSET
    elevated_permissions_expire_at: str | Unset = UNSET
    totp_device_source_enable_mfa_href: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("has_elevated_permissions", "has_elevated_permissions", None),
        ("refresh_token_url", "refresh_token_url", None),
        ("has_totp_device", "has_totp_device", None),
        ("totp_device_source", "totp_device_source", None),
        ("elevated_permissions_expire_at", "elevated_permissions_expire_at", None),
        ("totp_device_source_enable_mfa_href", "totp_device_source_enable_mfa_href", None),
        ("expires_at", "expires_at", None),
    )
    __ece_extra__ = None

"""ProxiesSSOSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ProxiesSSOSettings(Model):
    """> WARNING
    > This object is deprecated and scheduled to be removed in the next major version.

    Attributes:
        max_age: Maximum age of single-sign-on token in milliseconds
        sso_secret: Secret string for single-sign-on (A secret: left out of repr.)
        cookie_name: Name of the HTTP cookie used for single-sign-on
        dont_log_requests: If true, don't log requests
        default_redirect_path: Default path where users are redirected after a successful single-sign-on
        maintenance_bypass_cookie_name: Name of the cookie that bypasses maintenance
        additional_properties: Keys the spec does not list, kept as received.
    """

    max_age: int
    sso_secret: str = _field(repr=False)
    cookie_name: str
    dont_log_requests: bool
    default_redirect_path: str
    maintenance_bypass_cookie_name: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("max_age", "max_age", None),
        ("sso_secret", "sso_secret", None),
        ("cookie_name", "cookie_name", None),
        ("dont_log_requests", "dont_log_requests", None),
        ("default_redirect_path", "default_redirect_path", None),
        ("maintenance_bypass_cookie_name", "maintenance_bypass_cookie_name", None),
    )
    __ece_extra__ = None

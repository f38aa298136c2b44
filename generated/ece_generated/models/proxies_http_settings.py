"""ProxiesHttpSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .proxies_sso_settings import ProxiesSSOSettings


@_define
class ProxiesHttpSettings(Model):
    """> WARNING
    > This object is deprecated and scheduled to be removed in the next major version.

    Attributes:
        disconnected_cutoff: Cutoff interval after disconnection in milliseconds
        minimum_proxy_services: Minimum number of proxy instances
        sso_settings: > WARNING
            > This object is deprecated and scheduled to be removed in the next major version.
        dashboards_base_url: Base URL for the dashboard
        cookie_secret: Secret string for the HTTP cookie (A secret: left out of repr.)
        user_cookie_key: User key for the HTTP cookie (A secret: left out of repr.)
        additional_properties: Keys the spec does not list, kept as received.
    """

    disconnected_cutoff: int
    minimum_proxy_services: int
    sso_settings: ProxiesSSOSettings
    dashboards_base_url: str
    cookie_secret: str = _field(repr=False)
    user_cookie_key: str = _field(repr=False)
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("disconnected_cutoff", "disconnected_cutoff", None),
        ("minimum_proxy_services", "minimum_proxy_services", None),
        ("sso_settings", "sso_settings", "ProxiesSSOSettings"),
        ("dashboards_base_url", "dashboards_base_url", None),
        ("cookie_secret", "cookie_secret", None),
        ("user_cookie_key", "user_cookie_key", None),
    )
    __ece_extra__ = None

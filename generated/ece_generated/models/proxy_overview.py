"""ProxyOverview: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .proxies_settings import ProxiesSettings
    from .proxy_info import ProxyInfo


@_define
class ProxyOverview(Model):
    """Information about all of the proxies.

    Attributes:
        proxies_count: Number of proxies
        settings: > WARNING
            > This object is deprecated and scheduled to be removed in the next major version.
        proxies: Proxies
        additional_properties: Keys the spec does not list, kept as received.
    """

    proxies_count: int
    settings: ProxiesSettings
    proxies: list[ProxyInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("proxies_count", "proxies_count", None),
        ("settings", "settings", "ProxiesSettings"),
        ("proxies", "proxies", ("list", "ProxyInfo")),
    )
    __ece_extra__ = None

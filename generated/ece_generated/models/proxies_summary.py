"""ProxiesSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .proxy_summary import ProxySummary


@_define
class ProxiesSummary(Model):
    """Summarized information about proxies.

    Attributes:
        healthy: Whether all proxies are healthy
        expected_proxies_count: Expected number of proxies
        proxies_count: Total number of proxies
        proxies: Summarized information about each proxy
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    expected_proxies_count: int
    proxies_count: int
    proxies: list[ProxySummary]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("expected_proxies_count", "expected_proxies_count", None),
        ("proxies_count", "proxies_count", None),
        ("proxies", "proxies", ("list", "ProxySummary")),
    )
    __ece_extra__ = None

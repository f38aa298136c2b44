"""ProxiesFilteredGroup: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .proxies_filter import ProxiesFilter


@_define
class ProxiesFilteredGroup(Model):
    """A set of proxy filters with an expected number of matching proxies.

    Attributes:
        filters: Filters to be matched
        expected_proxies_count: Expected minimum number of proxies matching all filters in this group
        id: Identifier of the filtered group of proxies
        additional_properties: Keys the spec does not list, kept as received.
    """

    filters: list[ProxiesFilter]
    expected_proxies_count: int
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("filters", "filters", ("list", "ProxiesFilter")),
        ("expected_proxies_count", "expected_proxies_count", None),
        ("id", "id", None),
    )
    __ece_extra__ = None

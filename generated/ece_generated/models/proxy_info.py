"""ProxyInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .proxy_allocation_info import ProxyAllocationInfo
    from .proxy_info_metadata import ProxyInfoMetadata


@_define
class ProxyInfo(Model):
    """Information about a proxy.

    Attributes:
        proxy_id: The proxy identifier
        host_ip: IP of the host the proxy runs on
        public_hostname: Public hostname of the host the proxy runs on
        metadata: Arbitrary metadata associated with the proxy
        healthy: Specifies if the proxy is healthy
        allocations: Allocation information by type.
        runner_id: Identifier of the runner for the proxy
        zone: The zone.
        additional_properties: Keys the spec does not list, kept as received.
    """

    proxy_id: str
    host_ip: str
    public_hostname: str
    metadata: ProxyInfoMetadata
    healthy: bool
    allocations: list[ProxyAllocationInfo]
    runner_id: str | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("proxy_id", "proxy_id", None),
        ("host_ip", "host_ip", None),
        ("public_hostname", "public_hostname", None),
        ("metadata", "metadata", "ProxyInfoMetadata"),
        ("healthy", "healthy", None),
        ("allocations", "allocations", ("list", "ProxyAllocationInfo")),
        ("runner_id", "runner_id", None),
        ("zone", "zone", None),
    )
    __ece_extra__ = None

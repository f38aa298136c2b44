"""ApmSubInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .apm_sub_info_links import ApmSubInfoLinks


@_define
class ApmSubInfo(Model):
    """Information about the APM Servers associated with the Elasticsearch cluster.

    Attributes:
        apm_id: The APM cluster Id
        enabled: Whether the associated APM cluster is currently available
        links: A map of application-specific operations (which map to 'operationId's in the Swagger API) to
            metadata about that operation
        additional_properties: Keys the spec does not list, kept as received.
    """

    apm_id: str
    enabled: bool
    links: ApmSubInfoLinks | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("apm_id", "apm_id", None),
        ("enabled", "enabled", None),
        ("links", "links", "ApmSubInfoLinks"),
    )
    __ece_extra__ = None

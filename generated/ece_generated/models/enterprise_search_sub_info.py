"""EnterpriseSearchSubInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .enterprise_search_sub_info_links import EnterpriseSearchSubInfoLinks


@_define
class EnterpriseSearchSubInfo(Model):
    """Information about the APM Servers associated with the Elasticsearch cluster.

    Attributes:
        enterprise_search_id: The Enterprise Search Id
        enabled: Whether the associated Enterprise Search is currently available
        links: A map of application-specific operations (which map to 'operationId's in the Swagger API) to
            metadata about that operation
        additional_properties: Keys the spec does not list, kept as received.
    """

    enterprise_search_id: str
    enabled: bool
    links: EnterpriseSearchSubInfoLinks | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("enterprise_search_id", "enterprise_search_id", None),
        ("enabled", "enabled", None),
        ("links", "links", "EnterpriseSearchSubInfoLinks"),
    )
    __ece_extra__ = None

"""SecurityRealmInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .security_realm_info_type import SecurityRealmInfoType


@_define
class SecurityRealmInfo(Model):
    """The overview for the Elasticsearch security realm.

    Attributes:
        id: The identifier for the security realm
        name: The friendly name of the security realm
        type_: The type of the security realm
        urls: The URLs associated with the security realm
        enabled: True if the security realm is enabled
        order: The order the security realm should be evaluated
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    type_: SecurityRealmInfoType
    urls: list[str]
    enabled: bool | Unset = UNSET
    order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("type_", "type", ("enum", "SecurityRealmInfoType")),
        ("urls", "urls", None),
        ("enabled", "enabled", None),
        ("order", "order", None),
    )
    __ece_extra__ = None

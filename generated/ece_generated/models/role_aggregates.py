"""RoleAggregates: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .role_aggregate import RoleAggregate


@_define
class RoleAggregates(Model):
    """A list of Role aggregates

    Attributes:
        values: The list
        additional_properties: Keys the spec does not list, kept as received.
    """

    values: list[RoleAggregate]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("values", "values", ("list", "RoleAggregate")),)
    __ece_extra__ = None

"""Role: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .containers_entry import ContainersEntry


@_define
class Role(Model):
    """Describes whether certain runners are blessed to run a Role.

    Attributes:
        id: The unique id of this role
        auto_blessed: Whether runners are automatically allowed to be assigned the containers of this role.
        containers: The containers that are part of this role
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    auto_blessed: bool
    containers: list[ContainersEntry]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("auto_blessed", "auto_blessed", None),
        ("containers", "containers", ("list", "ContainersEntry")),
    )
    __ece_extra__ = None

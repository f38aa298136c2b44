"""ContainersEntry: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .containers_entry_options import ContainersEntryOptions


@_define
class ContainersEntry(Model):
    """Represents the association between a Role and a Container Set

    Attributes:
        name: Name of the association
        container_set_name: The container set name (id)
        kind: The kind of container set, should be one of 'docker', 'elasticsearch', 'kibana', or 'apm'
        options: Options for a ContainersEntry belonging to a role
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    container_set_name: str
    kind: str
    options: ContainersEntryOptions
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("container_set_name", "container_set_name", None),
        ("kind", "kind", None),
        ("options", "options", "ContainersEntryOptions"),
    )
    __ece_extra__ = None

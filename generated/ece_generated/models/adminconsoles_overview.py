"""AdminconsolesOverview: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .adminconsole_info import AdminconsoleInfo


@_define
class AdminconsolesOverview(Model):
    """Information about all of the adminconsoles.

    Attributes:
        adminconsoles: List of adminconsoles
        additional_properties: Keys the spec does not list, kept as received.
    """

    adminconsoles: list[AdminconsoleInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("adminconsoles", "adminconsoles", ("list", "AdminconsoleInfo")),)
    __ece_extra__ = None

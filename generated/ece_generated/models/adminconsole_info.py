"""AdminconsoleInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._convert import Model


@define
class AdminconsoleInfo(Model):
    """Information for the adminconsole.

    Attributes:
        adminconsole_id: Identifier for this adminconsole
        additional_properties: Keys the spec does not list, kept as received.
    """

    adminconsole_id: str
    additional_properties: dict[str, Any] = field(factory=dict)

    __ece_fields__ = (("adminconsole_id", "adminconsole_id", None),)
    __ece_extra__ = None

"""AdminconsoleInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class AdminconsoleInfo(Model):
    """Information for the adminconsole.

    Attributes:
        adminconsole_id: Identifier for this adminconsole
        additional_properties: Keys the spec does not list, kept as received.
    """

    adminconsole_id: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("adminconsole_id", "adminconsole_id", None),)
    __ece_extra__ = None

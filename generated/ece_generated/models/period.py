"""Period: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._convert import Model


@define
class Period(Model):
    """Period

    Attributes:
        start: Start
        end: End
        additional_properties: Keys the spec does not list, kept as received.
    """

    start: str
    end: str
    additional_properties: dict[str, Any] = field(factory=dict)

    __ece_fields__ = (
        ("start", "start", None),
        ("end", "end", None),
    )
    __ece_extra__ = None

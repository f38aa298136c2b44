"""Blessing: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._convert import Model


@define
class Blessing(Model):
    """Whether something is blessed or not

    Attributes:
        value: Whether something is blessed or not
        additional_properties: Keys the spec does not list, kept as received.
    """

    value: bool
    additional_properties: dict[str, Any] = field(factory=dict)

    __ece_fields__ = (("value", "value", None),)
    __ece_extra__ = None

"""ApiBaseUrlData: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._convert import Model


@define
class ApiBaseUrlData(Model):
    """Information about the API base Url

    Attributes:
        value: The configured base Url
        additional_properties: Keys the spec does not list, kept as received.
    """

    value: str
    additional_properties: dict[str, Any] = field(factory=dict)

    __ece_fields__ = (("value", "value", None),)
    __ece_extra__ = None

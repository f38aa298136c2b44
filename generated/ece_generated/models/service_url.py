"""ServiceUrl: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ServiceUrl(Model):
    """A URL to access the service of a resource

    Attributes:
        service: Name of the service
        url: The full URL to access the service
        additional_properties: Keys the spec does not list, kept as received.
    """

    service: str
    url: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("service", "service", None),
        ("url", "url", None),
    )
    __ece_extra__ = None

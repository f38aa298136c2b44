"""RunnerContainerInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class RunnerContainerInfo(Model):
    """Information about a container within a runner.

    Attributes:
        container_name: Name of this container
        container_set_name: Name of the container set for the container
        additional_properties: Keys the spec does not list, kept as received.
    """

    container_name: str
    container_set_name: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("container_name", "container_name", None),
        ("container_set_name", "container_set_name", None),
    )
    __ece_extra__ = None

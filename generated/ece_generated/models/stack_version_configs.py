"""StackVersionConfigs: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .stack_version_config import StackVersionConfig


@_define
class StackVersionConfigs(Model):
    """The details for multiple Elastic Stack configurations.

    Attributes:
        stacks:
        additional_properties: Keys the spec does not list, kept as received.
    """

    stacks: list[StackVersionConfig]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("stacks", "stacks", ("list", "StackVersionConfig")),)
    __ece_extra__ = None

"""StackVersionInstanceCapacityConstraint: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class StackVersionInstanceCapacityConstraint(Model):
    """The Elasticsearch instance, Kibana instance, APM Server capacity constraints for an Elastic Stack
    node type.

    Attributes:
        min_: Min capacity of the instances
        max_: Max capacity of the instances
        additional_properties: Keys the spec does not list, kept as received.
    """

    min_: int
    max_: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("min_", "min", None),
        ("max_", "max", None),
    )
    __ece_extra__ = None

"""ClusterCurationSpec: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ClusterCurationSpec(Model):
    """Specifies the conditions to trigger an Elasticsearch cluster curation.

    Attributes:
        index_pattern: Index matching pattern
        trigger_interval_seconds: Number of seconds after index creation to trigger this spec
        additional_properties: Keys the spec does not list, kept as received.
    """

    index_pattern: str
    trigger_interval_seconds: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("index_pattern", "index_pattern", None),
        ("trigger_interval_seconds", "trigger_interval_seconds", None),
    )
    __ece_extra__ = None

"""ClusterSnapshotRetention: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ClusterSnapshotRetention(Model):
    """Information about the Elasticsearch cluster snapshot retention.

    Attributes:
        snapshots: Number of snapshots to retain
        max_age: Total retention period for all snapshots, with the format 'length unit' (space is optional),
            where unit can be one of: d (day), h (hour), min (minute)
        additional_properties: Keys the spec does not list, kept as received.
    """

    snapshots: int | Unset = UNSET
    max_age: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("snapshots", "snapshots", None),
        ("max_age", "max_age", None),
    )
    __ece_extra__ = None

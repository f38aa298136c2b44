"""MoveClustersCommandResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .move_clusters_details import MoveClustersDetails


@_define
class MoveClustersCommandResponse(Model):
    """Information about the move operations for the Elasticsearch clusters, multiple Kibana instances, and
    multiple APM Servers, prior to the move.

    Attributes:
        failures: Information about the Elasticsearch clusters, multiple Kibana instances, and multiple APM
            Servers that are moved off of the allocator.
        moves: Information about the Elasticsearch clusters, multiple Kibana instances, and multiple APM
            Servers that are moved off of the allocator.
        additional_properties: Keys the spec does not list, kept as received.
    """

    failures: MoveClustersDetails
    moves: MoveClustersDetails
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("failures", "failures", "MoveClustersDetails"),
        ("moves", "moves", "MoveClustersDetails"),
    )
    __ece_extra__ = None

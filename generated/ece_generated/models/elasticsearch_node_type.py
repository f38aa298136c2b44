"""ElasticsearchNodeType: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ElasticsearchNodeType(Model):
    """Controls the combinations of Elasticsearch node types. TIP: By default, the Elasticsearch node is
    master eligible, can hold data, and run ingest pipelines. WARNING: Do not set for tiebreaker
    topologies.

    Attributes:
        master: Defines whether this node can be elected master (default: false)
        data: Defines whether this node can hold data (default: false)
        ingest: Defines whether this node can run an ingest pipeline (default: false)
        ml: Defines whether this node can run ml jobs, valid only for versions 5.4.0 or greater (default:
            false)
        additional_properties: Keys the spec does not list, kept as received.
    """

    master: bool | Unset = UNSET
    data: bool | Unset = UNSET
    ingest: bool | Unset = UNSET
    ml: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("master", "master", None),
        ("data", "data", None),
        ("ingest", "ingest", None),
        ("ml", "ml", None),
    )
    __ece_extra__ = None

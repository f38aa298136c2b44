"""Elasticsearch: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .elasticsearch_backend_plan import ElasticsearchBackendPlan


@_define
class Elasticsearch(Model):
    """Holds diagnostics for an Elasticsearch cluster

    Attributes:
        ref_id: A locally-unique user-specified id
        display_name: The human readable name for the cluster (defaults to the generated cluster id if not specified)
        backend_plan: The backend plan as JSON
        additional_properties: Keys the spec does not list, kept as received.
    """

    ref_id: str
    display_name: str
    backend_plan: ElasticsearchBackendPlan
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("ref_id", "ref_id", None),
        ("display_name", "display_name", None),
        ("backend_plan", "backend_plan", "ElasticsearchBackendPlan"),
    )
    __ece_extra__ = None

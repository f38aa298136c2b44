"""EnterpriseSearch: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .enterprise_search_backend_plan import EnterpriseSearchBackendPlan


@_define
class EnterpriseSearch(Model):
    """Holds diagnostics for an Enterprise Search resource

    Attributes:
        ref_id: A locally-unique user-specified id
        display_name: The human readable name (defaults to the generated cluster id if not specified)
        elasticsearch_cluster_ref_id: The user-specified id of the Elasticsearch Cluster that this will link to
        backend_plan: The backend plan as JSON
        additional_properties: Keys the spec does not list, kept as received.
    """

    ref_id: str
    display_name: str
    elasticsearch_cluster_ref_id: str
    backend_plan: EnterpriseSearchBackendPlan
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("ref_id", "ref_id", None),
        ("display_name", "display_name", None),
        ("elasticsearch_cluster_ref_id", "elasticsearch_cluster_ref_id", None),
        ("backend_plan", "backend_plan", "EnterpriseSearchBackendPlan"),
    )
    __ece_extra__ = None

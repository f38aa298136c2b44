"""OrphanedElasticsearch: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .elasticsearch_dependant import ElasticsearchDependant


@_define
class OrphanedElasticsearch(Model):
    """Details about an orphaned Elasticsearch resources.

    Attributes:
        id: The id of the orphaned resource
        dependents: List of orphaned dependent resources
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    dependents: list[ElasticsearchDependant]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("dependents", "dependents", ("list", "ElasticsearchDependant")),
    )
    __ece_extra__ = None

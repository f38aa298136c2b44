"""FilterAssociation: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class FilterAssociation(Model):
    """The association with a ruleset or user auth token for a deployment, template, or product.

    Attributes:
        entity_type: Type of the traffic filter ruleset association, such as 'deployment', 'cluster'
        id: ID of the entity, such as the deployment ID or Elasticsearch cluster ID.
        additional_properties: Keys the spec does not list, kept as received.
    """

    entity_type: str
    id: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("entity_type", "entity_type", None),
        ("id", "id", None),
    )
    __ece_extra__ = None

"""IndexPattern: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .index_pattern_node_attributes import IndexPatternNodeAttributes


@_define
class IndexPattern(Model):
    """An index pattern described indicating how it has to be migrated to ILM.

    Attributes:
        index_pattern: Index pattern to which the ILM policy will be applied.
        policy_name: Name of the policy to create
        node_attributes: Defines the Elasticsearch node attributes for the warm element of the topology
        additional_properties: Keys the spec does not list, kept as received.
    """

    index_pattern: str
    policy_name: str
    node_attributes: IndexPatternNodeAttributes | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("index_pattern", "index_pattern", None),
        ("policy_name", "policy_name", None),
        ("node_attributes", "node_attributes", "IndexPatternNodeAttributes"),
    )
    __ece_extra__ = None

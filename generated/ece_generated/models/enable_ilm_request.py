"""EnableIlmRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .index_pattern import IndexPattern


@_define
class EnableIlmRequest(Model):
    """Request sent to enable ILM on a deployment.

    Attributes:
        index_patterns: A locally-unique user-specified id for Kibana
        additional_properties: Keys the spec does not list, kept as received.
    """

    index_patterns: list[IndexPattern]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("index_patterns", "index_patterns", ("list", "IndexPattern")),)
    __ece_extra__ = None

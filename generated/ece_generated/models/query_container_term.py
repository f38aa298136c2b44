"""QueryContainerTerm: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define, field

from .._convert import Model

if TYPE_CHECKING:
    from .term_query import TermQuery


@define
class QueryContainerTerm(Model):
    """QueryContainerTerm (no description in the spec).
    additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, TermQuery] = field(factory=dict)

    __ece_fields__ = ()
    __ece_extra__ = "TermQuery"

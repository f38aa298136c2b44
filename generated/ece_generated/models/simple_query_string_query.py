"""SimpleQueryStringQuery: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class SimpleQueryStringQuery(Model):
    """A query that uses simple query string syntax. Will ignore invalid syntax.

    Attributes:
        query: The query expressed in simple query string syntax.
        fields: Array of fields to search
        default_operator: The boolean operator used to combine the terms of the query. Valid values are `OR` (default) and
            `AND`.
        analyze_wildcard: If `true`, the query attempts to analyze wildcard terms. Defaults to `false`.
        analyzer: The name of the analyzer to use to convert the query text into tokens.
        auto_generate_synonyms_phrase_query: If `true`, the parse creates a `match_phrase` uery for each multi-position token. Defaults to
            `true`.
        flags: List of enabled operators for the simple query string syntax. Defaults to `ALL`.
        fuzzy_max_expansions: Maximum number of terms to which the query expands for fuzzy matching. Defaults to 50.
        fuzzy_prefix_length: Number of beginning characters left unchanged for fuzzy matching. Defaults to 0.
        fuzzy_transpositions: If `true`, edits for fuzzy matching include transpositions of two adjacent characters. Defaults
            to `false`.
        lenient: If `true`, format-based errors, such as providing a text value for a numeric field are ignored.
            Defaults to `false`.
        minimum_should_match: Minimum number of clauses that must match for a document to be returned.
        quote_field_suffix: Suffix appended to quoted text in the query string.
        additional_properties: Keys the spec does not list, kept as received.
    """

    query: str
    fields: list[str] | Unset | None = UNSET
    default_operator: str | Unset = UNSET
    analyze_wildcard: bool | Unset = UNSET
    analyzer: str | Unset = UNSET
    auto_generate_synonyms_phrase_query: bool | Unset = UNSET
    flags: str | Unset = UNSET
    fuzzy_max_expansions: int | Unset = UNSET
    fuzzy_prefix_length: int | Unset = UNSET
    fuzzy_transpositions: bool | Unset = UNSET
    lenient: bool | Unset = UNSET
    minimum_should_match: str | Unset = UNSET
    quote_field_suffix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("query", "query", None),
        ("fields", "fields", None),
        ("default_operator", "default_operator", None),
        ("analyze_wildcard", "analyze_wildcard", None),
        ("analyzer", "analyzer", None),
        ("auto_generate_synonyms_phrase_query", "auto_generate_synonyms_phrase_query", None),
        ("flags", "flags", None),
        ("fuzzy_max_expansions", "fuzzy_max_expansions", None),
        ("fuzzy_prefix_length", "fuzzy_prefix_length", None),
        ("fuzzy_transpositions", "fuzzy_transpositions", None),
        ("lenient", "lenient", None),
        ("minimum_should_match", "minimum_should_match", None),
        ("quote_field_suffix", "quote_field_suffix", None),
    )
    __ece_extra__ = None

"""CoordinatorCandidatesSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .coordinator_candidate_info import CoordinatorCandidateInfo


@_define
class CoordinatorCandidatesSummary(Model):
    """Summarized information about coordinator candidates.

    Attributes:
        candidates: Summarized information on each coordinator candidate
        additional_properties: Keys the spec does not list, kept as received.
    """

    candidates: list[CoordinatorCandidateInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("candidates", "candidates", ("list", "CoordinatorCandidateInfo")),)
    __ece_extra__ = None

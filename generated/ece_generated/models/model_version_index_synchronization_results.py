"""ModelVersionIndexSynchronizationResults: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .model_version_index_synchronization_results_results import ModelVersionIndexSynchronizationResultsResults


@_define
class ModelVersionIndexSynchronizationResults(Model):
    """Results from synchronizing indices by model version

    Attributes:
        results: The results of synchronizing indices organized by model version
        additional_properties: Keys the spec does not list, kept as received.
    """

    results: ModelVersionIndexSynchronizationResultsResults
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("results", "results", "ModelVersionIndexSynchronizationResultsResults"),)
    __ece_extra__ = None

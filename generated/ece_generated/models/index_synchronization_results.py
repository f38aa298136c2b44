"""IndexSynchronizationResults: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class IndexSynchronizationResults(Model):
    """Results from synchronizing indices

    Attributes:
        created: The ids of documents created in the index by index version
        updated: The ids of documents updated in the index by index version
        deleted: The ids of documents deleted from the index by index version
        errors: The regions where document synchronization may have failed
        additional_properties: Keys the spec does not list, kept as received.
    """

    created: list[str]
    updated: list[str]
    deleted: list[str]
    errors: list[str]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("created", "created", None),
        ("updated", "updated", None),
        ("deleted", "deleted", None),
        ("errors", "errors", None),
    )
    __ece_extra__ = None

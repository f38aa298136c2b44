"""RestoreSnapshotApiConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .restore_snapshot_api_configuration_raw_settings import RestoreSnapshotApiConfigurationRawSettings


@_define
class RestoreSnapshotApiConfiguration(Model):
    """The configuration for the restore command, such as which indices you want to restore.

    Attributes:
        indices: The list of indices to restore (supports +ve and -ve selection and wildcarding - see the default
            Elasticsearch index format documentation)
        raw_settings: This JSON object (merged with the 'indices' field (if present) is passed untouched into the
            restore command - see the Elasticsearch '_snapshot' documentation for more details on supported
            formats
        additional_properties: Keys the spec does not list, kept as received.
    """

    indices: list[str] | Unset | None = UNSET
    raw_settings: RestoreSnapshotApiConfigurationRawSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("indices", "indices", None),
        ("raw_settings", "raw_settings", "RestoreSnapshotApiConfigurationRawSettings"),
    )
    __ece_extra__ = None

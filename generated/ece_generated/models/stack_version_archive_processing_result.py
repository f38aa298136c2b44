"""StackVersionArchiveProcessingResult: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .stack_version_archive_processing_error import StackVersionArchiveProcessingError
    from .stack_version_config import StackVersionConfig


@_define
class StackVersionArchiveProcessingResult(Model):
    """The result from processing an archive of an Elastic Stack version.

    Attributes:
        stacks:
        errors: Errors occurred while processing the Elastic Stack pack. Key: stack version, Value: List of
            errors
        additional_properties: Keys the spec does not list, kept as received.
    """

    stacks: list[StackVersionConfig]
    errors: list[StackVersionArchiveProcessingError]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("stacks", "stacks", ("list", "StackVersionConfig")),
        ("errors", "errors", ("list", "StackVersionArchiveProcessingError")),
    )
    __ece_extra__ = None

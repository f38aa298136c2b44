"""StackVersionArchiveProcessingError: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .basic_failed_reply import BasicFailedReply


@_define
class StackVersionArchiveProcessingError(Model):
    """Information about the errors that occurred from processing an Elastic Stack version.

    Attributes:
        stack_version: Version of the stack (ie directory name in archive root)
        errors:
        additional_properties: Keys the spec does not list, kept as received.
    """

    stack_version: str
    errors: BasicFailedReply
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("stack_version", "stack_version", None),
        ("errors", "errors", "BasicFailedReply"),
    )
    __ece_extra__ = None

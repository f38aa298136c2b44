"""StackVersionTemplateInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stack_version_template_file_hash import StackVersionTemplateFileHash


@_define
class StackVersionTemplateInfo(Model):
    """The template information for an Elastic Stack version.

    Attributes:
        template_version: Template version
        hashes: Relative paths of files with SHA-256 hashes that contains the template
        additional_properties: Keys the spec does not list, kept as received.
    """

    template_version: str | Unset = UNSET
    hashes: list[StackVersionTemplateFileHash] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("template_version", "template_version", None),
        ("hashes", "hashes", ("list", "StackVersionTemplateFileHash")),
    )
    __ece_extra__ = None

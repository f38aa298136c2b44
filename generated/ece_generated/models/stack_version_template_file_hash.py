"""StackVersionTemplateFileHash: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class StackVersionTemplateFileHash(Model):
    """The template file hash for an Elastic Stack version.

    Attributes:
        path: File path relative to template's root
        hash_: SHA-256 hash of a file
        additional_properties: Keys the spec does not list, kept as received.
    """

    path: str
    hash_: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("path", "path", None),
        ("hash_", "hash", None),
    )
    __ece_extra__ = None

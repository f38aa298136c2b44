"""AllocatorBuildInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class AllocatorBuildInfo(Model):
    """Information about the build that is running on the allocator.

    Attributes:
        commit_hash: Git commit hash
        version: Version of the artifact
        additional_properties: Keys the spec does not list, kept as received.
    """

    commit_hash: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("commit_hash", "commit_hash", None),
        ("version", "version", None),
    )
    __ece_extra__ = None

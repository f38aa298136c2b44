"""CommentWithMeta: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .comment import Comment
    from .metadata import Metadata


@_define
class CommentWithMeta(Model):
    """A persisted Comment along with its metadata

    Attributes:
        comment: A persisted Comment
        metadata: Metadata of an entity
        additional_properties: Keys the spec does not list, kept as received.
    """

    comment: Comment
    metadata: Metadata
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("comment", "comment", "Comment"),
        ("metadata", "metadata", "Metadata"),
    )
    __ece_extra__ = None

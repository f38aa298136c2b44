"""CommentsWithMetas: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .comment_with_meta import CommentWithMeta


@_define
class CommentsWithMetas(Model):
    """A list of persisted Comments

    Attributes:
        values: The list of comments
        additional_properties: Keys the spec does not list, kept as received.
    """

    values: list[CommentWithMeta]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("values", "values", ("list", "CommentWithMeta")),)
    __ece_extra__ = None

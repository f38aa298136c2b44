"""ElasticsearchElasticUserPasswordResetResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._convert import Model


@define
class ElasticsearchElasticUserPasswordResetResponse(Model):
    """Envelope holding the newly-reset password for a cluster's user

    Attributes:
        username: The username for the newly-reset password for the given Elasticsearch cluster
        password: The newly-reset password for the given Elasticsearch cluster
        additional_properties: Keys the spec does not list, kept as received.
    """

    username: str
    password: str
    additional_properties: dict[str, Any] = field(factory=dict)

    __ece_fields__ = (
        ("username", "username", None),
        ("password", "password", None),
    )
    __ece_extra__ = None

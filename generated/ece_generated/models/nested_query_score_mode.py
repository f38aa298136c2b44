"""NestedQueryScoreMode: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class NestedQueryScoreMode(OpenEnum):
    """Allows to specify how inner children matching affects score of the parent. Refer to the
    Elasticsearch documentation for details."""

    AVG = "avg"
    MAX = "max"
    MIN = "min"
    NONE = "none"
    SUM = "sum"

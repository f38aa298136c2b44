"""ElasticsearchShardsStatusStatus: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ElasticsearchShardsStatusStatus(OpenEnum):
    """Indicates the elasticsearch cluster health status as a color"""

    GREEN = "green"
    RED = "red"
    YELLOW = "yellow"

"""ElasticsearchBlockingIssueElementLevel: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ElasticsearchBlockingIssueElementLevel(OpenEnum):
    """Applicable level for the block. Either global ie. cluster-wide or index level"""

    GLOBAL = "global"
    INDEX = "index"

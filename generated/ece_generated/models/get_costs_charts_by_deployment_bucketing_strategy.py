"""GetCostsChartsByDeploymentBucketingStrategy: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class GetCostsChartsByDeploymentBucketingStrategy(OpenEnum):
    """Values the spec lists; others decode as pseudo-members."""

    DAILY = "daily"
    MONTHLY = "monthly"

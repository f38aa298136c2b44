"""ClusterInstanceConfigurationInfoResource: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ClusterInstanceConfigurationInfoResource(OpenEnum):
    """The resource type of the instance configuration"""

    MEMORY = "memory"
    STORAGE = "storage"

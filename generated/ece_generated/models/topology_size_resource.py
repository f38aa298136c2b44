"""TopologySizeResource: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class TopologySizeResource(OpenEnum):
    """Type of resource. In ESS the resource used should always be `memory`."""

    MEMORY = "memory"
    STORAGE = "storage"

"""DiscreteSizesResource: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class DiscreteSizesResource(OpenEnum):
    """The unit that each size represents. If not specified, it will default to 'memory'."""

    MEMORY = "memory"
    STORAGE = "storage"

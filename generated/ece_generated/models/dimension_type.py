"""DimensionType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class DimensionType(OpenEnum):
    """The type of the billing dimension"""

    CAPACITY = "capacity"
    DATA_IN = "data_in"
    DATA_INTERNODE = "data_internode"
    DATA_OUT = "data_out"
    STORAGE_API = "storage_api"
    STORAGE_BYTES = "storage_bytes"

"""ElasticsearchClusterTopologyElementNodeRolesItem: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ElasticsearchClusterTopologyElementNodeRolesItem(OpenEnum):
    """Values the spec lists; others decode as pseudo-members."""

    DATA_COLD = "data_cold"
    DATA_CONTENT = "data_content"
    DATA_FROZEN = "data_frozen"
    DATA_HOT = "data_hot"
    DATA_WARM = "data_warm"
    INGEST = "ingest"
    MASTER = "master"
    ML = "ml"
    REMOTE_CLUSTER_CLIENT = "remote_cluster_client"
    TRANSFORM = "transform"

"""ece-async: the asyncio client for the Elastic Cloud Enterprise REST API."""

"""The fleet audit behind ``ece-async audit``: fetch every deployment, summarise, report."""

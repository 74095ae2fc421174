"""Search across scripts: the words of an event as keys that a query in any script can match (see keys.py)."""

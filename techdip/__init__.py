"""techdip: technology-diplomacy cooperation events from multilingual news."""

__version__ = "0.1.0"

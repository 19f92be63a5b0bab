"""Patterns, qualifier rules and concept tables as plain data, each entry with a stable id."""

"""Held-out person-specification corpus, set j: for measuring the spec parser only."""

"""Held-out person-specification corpus, set c: for measuring the spec parser only."""

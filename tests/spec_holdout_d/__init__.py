"""Held-out person-specification corpus, set d: for measuring the spec parser only."""

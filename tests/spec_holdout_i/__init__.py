"""Held-out person-specification corpus, set i: for measuring the spec parser only."""

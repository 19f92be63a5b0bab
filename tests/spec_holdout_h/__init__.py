"""Held-out person-specification corpus, set h: for measuring the spec parser only."""

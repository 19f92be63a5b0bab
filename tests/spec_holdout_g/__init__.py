"""Held-out person-specification corpus, set g: for measuring the spec parser only."""

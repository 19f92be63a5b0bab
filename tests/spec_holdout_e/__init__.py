"""Held-out person-specification corpus, set e: for measuring the spec parser only."""

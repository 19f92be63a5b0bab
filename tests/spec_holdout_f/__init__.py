"""Held-out person-specification corpus, set f: for measuring the spec parser only."""

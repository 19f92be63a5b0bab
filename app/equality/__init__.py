"""Equality monitoring answers (kept apart from applications) and the adverse-impact report."""

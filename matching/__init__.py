"""The matching engine: scores a supporting statement against a role spec, with evidence.

Pure: it knows nothing of HTTP or SQL. Entry point: :func:`matching.engine.get_engine`.
"""

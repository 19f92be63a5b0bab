"""Stateless scoring for an ATS (``POST /v1/score``) and the helpers every upload path shares."""

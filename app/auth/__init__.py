"""API keys: ``Authorization: Bearer <key>``, stored hashed, one organisation and one role each."""

"""Re-scoring a vacancy's applications after its criteria are corrected, with progress."""

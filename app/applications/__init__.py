"""Applications: supporting statements uploaded to a vacancy and scored on arrival."""

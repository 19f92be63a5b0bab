"""Right to erasure and the retention period: removing an applicant's personal data."""

"""The ranked shortlist of a vacancy: ranking, filters and CSV/XLSX exports."""

"""Vacancies and their versioned role specs."""

"""Filer → Kalender…: a provider's day, the weekly schedules, appointment types and closed days."""

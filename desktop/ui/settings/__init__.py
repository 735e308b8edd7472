"""Office settings: the first-start setup wizard and the Settings page share the same form sections."""

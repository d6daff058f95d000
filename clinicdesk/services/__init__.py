"""The rules, one module per capability. No Qt here."""

"""What every layer may import: errors, enums, small value types and constants. No SQLAlchemy, no Qt."""

"""Headless commands; each module has register(subparsers)."""

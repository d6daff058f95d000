"""The demo's bulk loader writes with SQLite's foreign-key checks off, so it proves them afterwards (issue 11, item 7)."""

from __future__ import annotations

import sqlite3

import pytest

from clinicdesk.demo.bulk import BulkIntegrityError, check_foreign_keys


def test_a_reference_that_points_nowhere_is_found(db):
    raw = sqlite3.connect(str(db.sqlite_path))
    try:
        check_foreign_keys(raw)  # the empty, migrated database is sound
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("INSERT INTO change_event (clinic_id, item_id, at) VALUES (4242, NULL, '2026-01-01 00:00:00')")
        raw.commit()
        with pytest.raises(BulkIntegrityError) as exc:
            check_foreign_keys(raw)
        assert "change_event" in str(exc.value)
    finally:
        raw.close()

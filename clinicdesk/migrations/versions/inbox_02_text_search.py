"""inbox: full-text (substring) search — SQLite FTS5 trigram table, PostgreSQL pg_trgm

SQLite: ``inbox_text`` (FTS5, trigram tokenizer, case-insensitive incl. æøå) holds
one row per message (rowid = message id) and one per item with its subject and
first line (rowid = -item id), kept by triggers. PostgreSQL: GIN trigram indexes
serve ``ILIKE '%term%'`` on message bodies and item previews/subjects (only when
the pg_trgm extension is available; without it the same query scans).

Revision ID: inbox_02
Revises: inbox_01
"""

from alembic import op
from sqlalchemy import text

revision = "inbox_02"
down_revision = "inbox_01"
branch_labels = None
depends_on = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE inbox_text USING fts5(item_id UNINDEXED, body, tokenize='trigram')",
    """CREATE TRIGGER inbox_text_item_ai AFTER INSERT ON inbox_item BEGIN
         INSERT INTO inbox_text(rowid, item_id, body) VALUES (-new.id, new.id, new.subject || char(10) || new.preview);
       END""",
    """CREATE TRIGGER inbox_text_item_au AFTER UPDATE OF subject, preview ON inbox_item BEGIN
         DELETE FROM inbox_text WHERE rowid = -old.id;
         INSERT INTO inbox_text(rowid, item_id, body) VALUES (-new.id, new.id, new.subject || char(10) || new.preview);
       END""",
    """CREATE TRIGGER inbox_text_item_ad AFTER DELETE ON inbox_item BEGIN
         DELETE FROM inbox_text WHERE rowid = -old.id;
       END""",
    """CREATE TRIGGER inbox_text_msg_ai AFTER INSERT ON message BEGIN
         INSERT INTO inbox_text(rowid, item_id, body) VALUES (new.id, new.item_id, new.body);
       END""",
    "INSERT INTO inbox_text(rowid, item_id, body) SELECT -id, id, subject || char(10) || preview FROM inbox_item",
    "INSERT INTO inbox_text(rowid, item_id, body) SELECT id, item_id, body FROM message",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS inbox_text_msg_ai",
    "DROP TRIGGER IF EXISTS inbox_text_item_ad",
    "DROP TRIGGER IF EXISTS inbox_text_item_au",
    "DROP TRIGGER IF EXISTS inbox_text_item_ai",
    "DROP TABLE IF EXISTS inbox_text",
]

PG_INDEXES = [
    ("ix_message_body_trgm", "message", "body"),
    ("ix_item_preview_trgm", "inbox_item", "preview"),
    ("ix_item_subject_trgm", "inbox_item", "subject"),
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for stmt in SQLITE_UP:
            op.execute(stmt)
    elif bind.dialect.name == "postgresql":
        available = bind.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first()
        if available is None:
            return
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, table, col in PG_INDEXES:
            op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({col} gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for stmt in SQLITE_DOWN:
            op.execute(stmt)
    elif bind.dialect.name == "postgresql":
        for name, _t, _c in PG_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")

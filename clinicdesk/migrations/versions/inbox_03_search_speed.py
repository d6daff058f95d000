"""inbox: faster searches — FTS rowids that carry the item id; items of a patient by time

The FTS5 table of ``inbox_02`` kept the item id in an UNINDEXED column, and reading
it for every hit of a common word cost a lookup per hit (half a second on a million
items). Here the rowid itself says which item a row belongs to: the item's own row
(subject and first line) has rowid ``item_id * 2**25``, a message row
``item_id * 2**25 + 1 + message_id % (2**25 - 1)``; ``rowid / 2**25`` is the item id.
A search by CPR reads a patient's items newest first through
``ix_item_patient_received`` instead of scanning the clinic's items.

Revision ID: inbox_03
Revises: inbox_02
"""

from alembic import op

revision = "inbox_03"
down_revision = "inbox_02"
branch_labels = None
depends_on = None

SHIFT = 33554432  # 2**25
MSG_MOD = SHIFT - 1

SQLITE_DROP_OLD = [
    "DROP TRIGGER IF EXISTS inbox_text_msg_ai",
    "DROP TRIGGER IF EXISTS inbox_text_item_ad",
    "DROP TRIGGER IF EXISTS inbox_text_item_au",
    "DROP TRIGGER IF EXISTS inbox_text_item_ai",
    "DROP TABLE IF EXISTS inbox_text",
]

SQLITE_UP = [
    "CREATE VIRTUAL TABLE inbox_text USING fts5(body, tokenize='trigram')",
    f"""CREATE TRIGGER inbox_text_item_ai AFTER INSERT ON inbox_item BEGIN
         INSERT INTO inbox_text(rowid, body) VALUES (new.id * {SHIFT}, new.subject || char(10) || new.preview);
       END""",
    f"""CREATE TRIGGER inbox_text_item_au AFTER UPDATE OF subject, preview ON inbox_item BEGIN
         DELETE FROM inbox_text WHERE rowid = old.id * {SHIFT};
         INSERT INTO inbox_text(rowid, body) VALUES (new.id * {SHIFT}, new.subject || char(10) || new.preview);
       END""",
    f"""CREATE TRIGGER inbox_text_item_ad AFTER DELETE ON inbox_item BEGIN
         DELETE FROM inbox_text WHERE rowid = old.id * {SHIFT};
       END""",
    f"""CREATE TRIGGER inbox_text_msg_ai AFTER INSERT ON message BEGIN
         INSERT INTO inbox_text(rowid, body) VALUES (new.item_id * {SHIFT} + 1 + new.id % {MSG_MOD}, new.body);
       END""",
    f"INSERT INTO inbox_text(rowid, body) SELECT id * {SHIFT}, subject || char(10) || preview FROM inbox_item",
    f"INSERT INTO inbox_text(rowid, body) SELECT item_id * {SHIFT} + 1 + id % {MSG_MOD}, body FROM message",
]


def upgrade() -> None:
    op.create_index("ix_item_patient_received", "inbox_item", ["patient_id", "received_at", "id"])
    if op.get_bind().dialect.name == "sqlite":
        for stmt in SQLITE_DROP_OLD + SQLITE_UP:
            op.execute(stmt)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for stmt in SQLITE_DROP_OLD:
            op.execute(stmt)
        from importlib import import_module

        for stmt in import_module("clinicdesk.migrations.versions.inbox_02_text_search").SQLITE_UP:
            op.execute(stmt)
    op.drop_index("ix_item_patient_received", table_name="inbox_item")

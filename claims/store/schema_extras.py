"""Text-search structures that live outside the SQLAlchemy metadata.

SQLite gets an FTS5 table with the trigram tokenizer and PostgreSQL a GIN
``pg_trgm`` index over ``claim.search_text``. The migrations create them and
:func:`is_extra_object` keeps ``alembic check`` from reporting them as drift.
"""

from sqlalchemy import Connection, text

FTS_TABLE = "claim_fts"
TRGM_INDEX = "ix_claim_search_text_trgm"


def is_extra_object(name: str | None, type_: str) -> bool:
    if name is None:
        return False
    if type_ == "table" and name.startswith(FTS_TABLE):
        return True
    return type_ == "index" and name == TRGM_INDEX


def create_text_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} "
                "USING fts5(search_text, tokenize='trigram', content='claim', "
                "content_rowid='id')"
            )
        )
        # External-content FTS stays in step with claim through triggers, so
        # no code path can store a claim and forget its text index.
        conn.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS claim_fts_ai AFTER INSERT ON claim BEGIN "
                f"INSERT INTO {FTS_TABLE}(rowid, search_text) "
                "VALUES (new.id, new.search_text); END"
            )
        )
        conn.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS claim_fts_ad AFTER DELETE ON claim BEGIN "
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) "
                "VALUES ('delete', old.id, old.search_text); END"
            )
        )
        conn.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS claim_fts_au AFTER UPDATE OF search_text ON claim "
                f"BEGIN INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) "
                "VALUES ('delete', old.id, old.search_text); "
                f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); "
                "END"
            )
        )
    elif conn.dialect.name == "postgresql":
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        conn.execute(
            text(
                f"CREATE INDEX IF NOT EXISTS {TRGM_INDEX} ON claim "
                "USING gin (search_text gin_trgm_ops)"
            )
        )


def drop_text_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in ("claim_fts_ai", "claim_fts_ad", "claim_fts_au"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {FTS_TABLE}"))
    elif conn.dialect.name == "postgresql":
        conn.execute(text(f"DROP INDEX IF EXISTS {TRGM_INDEX}"))

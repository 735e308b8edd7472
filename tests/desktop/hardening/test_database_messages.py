"""A database failure is told as what it is (issue #17): locked, full, read-only, a search pattern too long, damaged.

Each error is a real one raised by SQLite through SQLAlchemy, not a made-up message: a second connection holding
the write lock, a database capped by ``max_page_count``, a file opened read-only, a LIKE pattern over SQLite's
limit, and bytes that are not a database.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop.services.database import describe_database_error


def _failure(url: str, *statements: str, setup: tuple[str, ...] = ()) -> DBAPIError:
    engine = create_engine(url, connect_args={"timeout": 0.1} if url.startswith("sqlite") else {})
    try:
        with engine.connect() as connection:
            for statement in setup:
                connection.execute(text(statement))
            connection.commit()
            with pytest.raises(DBAPIError) as caught:
                for statement in statements:
                    connection.execute(text(statement))
                connection.commit()
            return caught.value
    finally:
        engine.dispose()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "konvergensi.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (name TEXT)"))
        connection.execute(text("INSERT INTO t VALUES ('Siti')"))
    engine.dispose()
    return path


def test_each_failure_has_its_own_sentence(database: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{database}"
    holder = create_engine(url)
    with holder.connect() as other:
        other.execute(text("BEGIN IMMEDIATE"))
        locked = _failure(url, "INSERT INTO t VALUES ('Ani')")
        other.rollback()
    holder.dispose()
    full = _failure(
        url,
        "INSERT INTO t SELECT hex(randomblob(4000)) FROM t",
        "INSERT INTO t SELECT hex(randomblob(4000)) FROM t",
        setup=("PRAGMA max_page_count = 3",),
    )
    read_only = _failure(f"sqlite:///file:{database}?mode=ro&uri=true", "INSERT INTO t VALUES ('Ani')")
    pattern = _failure(url, f"SELECT * FROM t WHERE name LIKE '{'%a' * 30_000}'")
    damaged_file = tmp_path / "rusak.sqlite3"
    damaged_file.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    damaged = _failure(f"sqlite:///{damaged_file}", "SELECT * FROM t")

    sentences = {
        "locked": describe_database_error(locked),
        "full": describe_database_error(full),
        "read_only": describe_database_error(read_only),
        "pattern": describe_database_error(pattern),
        "damaged": describe_database_error(damaged),
    }
    assert "sedang ditulis oleh proses lain" in sentences["locked"]
    assert "penuh" in sentences["full"]
    assert "hanya dapat dibaca" in sentences["read_only"]
    assert "pola pencarian terlalu panjang" in sentences["pattern"]
    assert "rusak" in sentences["damaged"]
    assert len(set(sentences.values())) == len(sentences)  # five failures, five different sentences
    assert all("rusak" not in sentence for key, sentence in sentences.items() if key != "damaged")

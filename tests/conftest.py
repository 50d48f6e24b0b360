"""One conftest: the pipeline is loaded once per session; ../shared data skips cleanly when absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def shared_root() -> Path | None:
    env = os.environ.get("NEWSGRAPH_SHARED")
    root = Path(env) if env else REPO.parent / "shared"
    return root if (root / "data").is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder (data, spec); tests that need it skip when it is absent."""
    root = shared_root()
    if root is None:
        pytest.skip("../shared is not present")
    return root


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract(pipeline):
    """extract(text, **meta) -> Record, validated against the contract."""
    from newsgraph.article import Article
    from newsgraph.record import validate

    def run(text: str, **meta):
        record = pipeline.extract(Article(text=text, **meta))
        validate(record.as_dict())
        return record

    return run


@pytest.fixture(scope="session")
def seed_record(shared, extract):
    text = (shared / "spec" / "seed-article.txt").read_text("utf-8")
    return extract(text, published="2021-08-25", outlet="Example Wire")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """A fresh, empty store URL on each backend.

    PostgreSQL runs when NEWSGRAPH_TEST_PG_URL is set; each test gets its own schema
    (dropped afterwards) so tests never see each other's rows.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    base = os.environ.get("NEWSGRAPH_TEST_PG_URL")
    if not base:
        pytest.skip("NEWSGRAPH_TEST_PG_URL is not set")
    import uuid

    import sqlalchemy as sa

    from newsgraph.store.url import normalise_url

    schema = f"test_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(normalise_url(base))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        engine.dispose()

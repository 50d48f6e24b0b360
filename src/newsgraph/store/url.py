"""Store URLs: a path or ``sqlite:///…`` for the embedded store, ``postgresql://…`` for a server."""

from __future__ import annotations

from newsgraph.errors import ConfigError

DEFAULT_URL = "sqlite:///newsgraph.db"


def normalise_url(url: str | None) -> str:
    """The SQLAlchemy URL for what a user typed.

    ``None`` is ``./newsgraph.db``; a bare path is a SQLite file; ``postgresql://`` and
    ``postgres://`` use the psycopg 3 driver.
    """
    if not url:
        return DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith(("postgresql+psycopg://", "sqlite://")):
        return url
    if "://" in url:
        raise ConfigError(
            f"unsupported store URL {url!r}; use a file path, sqlite:///FILE or postgresql://USER@HOST/DB"
        )
    return f"sqlite:///{url}"

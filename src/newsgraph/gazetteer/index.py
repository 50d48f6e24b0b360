"""Read side of the gazetteer: candidates by name, countries and regions by code."""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.gazetteer.names import name_key

log = logging.getLogger(__name__)

# Bump when the build or its lexicons change: a new file name forces a rebuild.
GAZETTEER_VERSION = "30"
_COLUMNS = (
    "p.id, p.kind, p.name, p.country, p.admin1, p.admin1_name, p.admin2, p.lat, p.lon, "
    "p.population, p.geonameid, p.code, p.capital"
)
_build_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to."""

    id: int
    kind: str  # country | admin1 | admin2 | city | feature
    name: str
    country: str | None
    admin1: str | None
    admin1_name: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None
    code: str | None
    capital: bool
    how: str = "name"  # how the looked-up name matched: name | alias | demonym | alt


def default_path() -> Path:
    """``$NEWSGRAPH_CACHE`` (or ``~/.cache/newsgraph``) / ``gazetteer-<version>.sqlite``."""
    root = os.environ.get("NEWSGRAPH_CACHE")
    base = Path(root) if root else Path.home() / ".cache" / "newsgraph"
    return base / f"gazetteer-{GAZETTEER_VERSION}.sqlite"


class Gazetteer:
    """A read-only connection to the index; builds the index first if it is missing."""

    def __init__(self, path: Path | str | None = None, *, build: bool = True):
        self.path = Path(path) if path is not None else default_path()
        if not self.path.exists():
            if not build:
                raise FileNotFoundError(self.path)
            # Fail before the (slow) build when the folder cannot be made.
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _build_lock:
                if not self.path.exists():
                    from newsgraph.gazetteer.build import build_index

                    log.info("building the gazetteer at %s (first use)", self.path)
                    build_index(self.path, version=GAZETTEER_VERSION)
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)  # type: ignore[method-assign]

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer at ``default_path()``.

        Where the user cache cannot be written (a read-only home in a container), the
        index is built under the system's temporary folder instead.
        """
        try:
            return cls()
        except OSError as e:
            fallback = Path(tempfile.gettempdir()) / "newsgraph" / default_path().name
            log.warning(
                "cannot build the gazetteer at %s (%s); using %s", default_path(), e, fallback
            )
            return cls(fallback)

    def _query(self, sql: str, args: tuple[object, ...]) -> list[Candidate]:
        with self._lock:
            rows = self._con.execute(sql, args).fetchall()
        return [
            Candidate(*row[:12], bool(row[12]), row[13] if len(row) > 13 else "name")  # type: ignore[call-arg]
            for row in rows
        ]

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place this name may refer to, most populous first."""
        key = name_key(name)
        if not key:
            return ()
        return tuple(
            self._query(
                f"SELECT {_COLUMNS}, n.how FROM names n JOIN places p ON p.id = n.place "
                "WHERE n.key = ? ORDER BY p.population DESC",
                (key,),
            )
        )

    def lookup(self, name: str) -> tuple[Candidate, ...]:  # replaced by a cached copy
        return self._lookup(name)

    def country(self, code: str) -> Candidate | None:
        rows = self._query(
            f"SELECT {_COLUMNS} FROM places p WHERE kind = 'country' AND country = ?", (code,)
        )
        return rows[0] if rows else None

    def admin1(self, country: str, code: str) -> Candidate | None:
        rows = self._query(
            f"SELECT {_COLUMNS} FROM places p WHERE kind = 'admin1' AND country = ? AND admin1 = ?",
            (country, code),
        )
        return rows[0] if rows else None

    def stats(self) -> dict[str, str]:
        with self._lock:
            return dict(self._con.execute("SELECT key, value FROM meta").fetchall())

    def close(self) -> None:
        self._con.close()

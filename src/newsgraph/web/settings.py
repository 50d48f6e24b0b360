"""Server settings: one object, read from options and ``NEWSGRAPH_*`` environment variables."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit

__all__ = ["Settings", "is_loopback_host"]

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def is_loopback_host(host: str) -> bool:
    """True for names and addresses that only this machine can reach."""
    host = host.strip().lower()
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Settings:
    """Everything the app needs to know about how it is deployed.

    ``token``: required for write endpoints; with no token, writes are allowed only when
    the server is bound to loopback. ``tile_url``: a Leaflet tile template
    (``https://tile.example/{z}/{x}/{y}.png``); ``None`` draws the packaged world outline.
    ``allow_private_fetch``: let ingest-by-URL reach loopback/private/link-local addresses.
    ``cache``: keep GET answers until the database changes (``web/cache.py``).
    """

    db_url: str | None = None
    host: str = "127.0.0.1"
    token: str | None = None
    tile_url: str | None = None
    allow_private_fetch: bool = False
    max_body_bytes: int = 5 * 1024 * 1024
    fetch_max_bytes: int = 5 * 1024 * 1024
    fetch_timeout_s: float = 10.0
    fetch_max_redirects: int = 5
    page_size: int = 50
    max_page_size: int = 500
    # Cache GET answers until the database changes (only stores that can tell: SQLite).
    cache: bool = True
    extra_hosts: tuple[str, ...] = field(default=())

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ``NEWSGRAPH_*`` variables, then explicit (non-None) overrides."""
        env: dict[str, object] = {}
        if v := os.environ.get("NEWSGRAPH_TOKEN"):
            env["token"] = v
        if v := os.environ.get("NEWSGRAPH_TILE_URL"):
            env["tile_url"] = v
        if v := os.environ.get("NEWSGRAPH_DB"):
            env["db_url"] = v
        if os.environ.get("NEWSGRAPH_ALLOW_PRIVATE_FETCH", "").lower() in ("1", "true", "yes"):
            env["allow_private_fetch"] = True
        if os.environ.get("NEWSGRAPH_NO_CACHE", "").lower() in ("1", "true", "yes"):
            env["cache"] = False
        if v := os.environ.get("NEWSGRAPH_MAX_BODY_BYTES"):
            env["max_body_bytes"] = int(v)
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)  # type: ignore[arg-type]

    @property
    def loopback(self) -> bool:
        return is_loopback_host(self.host)

    @property
    def writes_open(self) -> bool:
        """Writes need no token: bound to loopback and no token set."""
        return self.token is None and self.loopback

    @property
    def tile_origin(self) -> str | None:
        if not self.tile_url:
            return None
        parts = urlsplit(self.tile_url.replace("{s}", "a"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        # Subdomain templates ({s}.tile...) need a wildcard in the CSP.
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in self.tile_url else parts.netloc
        return f"{parts.scheme}://{host}"

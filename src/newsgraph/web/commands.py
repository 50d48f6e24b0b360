"""``newsgraph serve``: the web pages and REST API over a store."""

from __future__ import annotations

import logging

import click

from newsgraph.errors import ConfigError

__all__ = ["COMMANDS", "serve"]

log = logging.getLogger(__name__)


@click.command()
@click.option(
    "--db",
    "db_url",
    envvar="NEWSGRAPH_DB",
    help="Store URL or SQLite path (default ./newsgraph.db).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind; loopback keeps writes token-free.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="NEWSGRAPH_TOKEN",
    help="Token required by write endpoints (env NEWSGRAPH_TOKEN).",
)
@click.option(
    "--tile-url",
    envvar="NEWSGRAPH_TILE_URL",
    help="Map tile URL template; default: the packaged world outline.",
)
@click.option(
    "--allow-private-fetch",
    is_flag=True,
    help="Let ingest-by-URL fetch loopback/private/link-local addresses.",
)
@click.option(
    "--max-body",
    "max_body_bytes",
    type=click.IntRange(1024),
    help="Request body limit in bytes (default 5 MiB).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Do not cache GET answers (they are cached until the database changes).",
)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["debug", "info", "warning", "error"]),
    help="Server log level; below info the access log is off.",
)
def serve(
    db_url: str | None,
    host: str,
    port: int,
    token: str | None,
    tile_url: str | None,
    allow_private_fetch: bool,
    max_body_bytes: int | None,
    no_cache: bool,
    log_level: str,
) -> None:
    """Serve the web pages and the REST API (OpenAPI at /openapi.json) over a store.

    Read-only unless a write comes with the token, or the server is bound to loopback
    and no token is set.

    Example: newsgraph serve --db newsgraph.db --port 8000
    """
    import uvicorn

    from newsgraph.web.app import create_app
    from newsgraph.web.settings import Settings, is_loopback_host

    if not is_loopback_host(host) and not token:
        click.echo("newsgraph: not bound to loopback and no --token: writes are disabled", err=True)
    settings = Settings.from_env(
        db_url=db_url, host=host, token=token, tile_url=tile_url,
        allow_private_fetch=allow_private_fetch or None, max_body_bytes=max_body_bytes,
        cache=False if no_cache else None,
    )  # fmt: skip
    try:
        app = create_app(settings=settings)
    except ConfigError:
        raise
    except Exception as e:  # the store could not be opened: say how to fix it
        raise ConfigError(f"cannot open the store {db_url or './newsgraph.db'}: {e}") from e
    uvicorn.run(
        app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False
    )


COMMANDS = [serve]

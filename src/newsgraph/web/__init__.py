"""Web pages and a REST API over the store (FastAPI + server-rendered templates).

    from newsgraph.web import create_app, Settings
    app = create_app(settings=Settings(db_url="newsgraph.db"))

``newsgraph serve`` runs it with uvicorn; see docs/web.md.
"""

from newsgraph.web.app import create_app, open_repository
from newsgraph.web.data import Repository
from newsgraph.web.settings import Settings

__all__ = ["Repository", "Settings", "create_app", "open_repository"]

"""Offline gazetteer: GeoNames-derived places from installed packages, indexed in SQLite.

    gaz = Gazetteer.default()          # built on first use into the user cache
    gaz.lookup("Kabul")                # candidates, any kind
    gaz.country("AF")

The index lives at ``$NEWSGRAPH_CACHE/gazetteer-<version>.sqlite`` (default
``~/.cache/newsgraph``); it is built from the packaged data in seconds and never downloaded.
"""

from newsgraph.gazetteer.index import GAZETTEER_VERSION, Candidate, Gazetteer, default_path
from newsgraph.gazetteer.names import name_key

__all__ = ["GAZETTEER_VERSION", "Candidate", "Gazetteer", "default_path", "name_key"]

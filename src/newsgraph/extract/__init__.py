"""Extractors: pure stages over one parsed Doc.

Each stage is ``extract(doc, found) -> list[item]``: it reads the Doc and what earlier
stages found (``found``), and returns its own items. Stages never parse again, never
touch the store and never print. Order: entities → dates → places → quotes → events.
"""

from newsgraph.extract.findings import Findings

__all__ = ["Findings"]

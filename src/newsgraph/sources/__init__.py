"""Streaming readers for archive and feed formats: WARC (``.warc``, ``.warc.gz``) and
RSS/Atom feeds. Each reader yields an Article or an InputError per document, like the
readers in :mod:`newsgraph.article`, which dispatches to them by file suffix.
"""

from newsgraph.sources.feeds import FEED_SUFFIXES, iter_feed
from newsgraph.sources.warc import WARC_SUFFIXES, iter_warc

__all__ = ["FEED_SUFFIXES", "WARC_SUFFIXES", "iter_feed", "iter_warc"]

"""Readers for the geoparsing gold corpora: LGL and TR-News (``<gaztag>``), GeoWebNews,
and GeoVirus (``<locations><location>``).

LGL / TR-News: ``<article><text/><toponyms><toponym><start/><end/><phrase/>
<gaztag geonameid=…><lat/><lon/>…`` (toponyms without a gaztag have no coordinates).
GeoWebNews: ``<article><text/><toponyms><toponym><extractedName/><type/>
<nonLocational/><start/><end/><latitude/><longitude/>``. GWN also marks common-noun
"expressions" ("lot", "the city") and non-toponyms; those are not names and are left
out of detection; ``nonLocational`` ones keep no coordinates (so no resolution).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

# GeoWebNews types that are not place names (common-noun expressions, languages).
GWN_NOT_NAMES = frozenset({"Literal_Expression", "Non_Lit_Expression", "Non_Toponym", "Language"})
# How far a gold offset may be off before the toponym is dropped.
_SLACK = 3


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str | None = None  # GeoNames feature code (LGL/TR-News) or GWN type

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(slots=True)
class GoldArticle:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    domain: str | None = None
    toponyms: list[GoldToponym] = field(default_factory=list)


def read_geoxml(path: Path | str) -> Iterator[GoldArticle]:
    """Articles with gold toponyms from an LGL, TR-News, GeoWebNews or GeoVirus file."""
    root = ET.parse(path).getroot()
    for n, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        gold = GoldArticle(
            id=article.get("docid") or article.get("file") or str(n),
            text=text,
            title=_clean(article.findtext("title")),
            url=_clean(
                article.findtext("url") or article.findtext("link") or article.findtext("source")
            ),
            domain=_clean(article.findtext("domain")),
        )
        for top in article.iter("toponym"):
            item = _realign(_toponym(top), text)
            if item is not None:
                gold.toponyms.append(item)
        for loc in article.iter("location"):
            item = _realign(_location(loc), text)
            if item is not None:
                gold.toponyms.append(item)
        yield gold


def _location(loc: ET.Element) -> GoldToponym | None:
    """GeoVirus: ``<location><name/><start/><end/><lat/><lon/><page/>`` (Wikipedia
    coordinates; offsets one past the text's, which ``_realign`` absorbs)."""
    start, end, name = loc.findtext("start"), loc.findtext("end"), loc.findtext("name")
    if start is None or end is None or not name:
        return None
    return GoldToponym(
        int(start),
        int(end),
        name,
        lat=_float(loc.findtext("lat")),
        lon=_float(loc.findtext("lon")),
        kind=_clean(loc.findtext("page")),
    )


def _toponym(top: ET.Element) -> GoldToponym | None:
    start, end = top.findtext("start"), top.findtext("end")
    if start is None or end is None:
        return None
    tag = top.find("gaztag")
    if tag is not None or top.find("phrase") is not None:
        phrase = top.findtext("phrase") or ""
        if tag is None:
            return GoldToponym(int(start), int(end), phrase)
        gid = tag.get("geonameid")
        return GoldToponym(
            int(start),
            int(end),
            phrase,
            lat=_float(tag.findtext("lat")),
            lon=_float(tag.findtext("lon")),
            geonameid=int(gid) if gid and gid.isdigit() else None,
            kind=_clean(tag.findtext("fcode")),
        )
    kind = _clean(top.findtext("type"))
    if kind in GWN_NOT_NAMES:
        return None
    phrase = top.findtext("extractedName") or ""
    locational = (top.findtext("nonLocational") or "No").strip() != "Yes"
    gid = (top.findtext("geonamesID") or "").strip()
    return GoldToponym(
        int(start),
        int(end),
        phrase,
        lat=_float(top.findtext("latitude")) if locational else None,
        lon=_float(top.findtext("longitude")) if locational else None,
        geonameid=int(gid) if gid.isdigit() else None,
        kind=kind,
    )


def _realign(item: GoldToponym | None, text: str) -> GoldToponym | None:
    """The toponym with offsets that match its phrase (TR-News has a few off by one)."""
    if item is None or not item.phrase:
        return None
    if text[item.start : item.end] == item.phrase:
        return item
    at = text.find(item.phrase, max(item.start - _SLACK, 0), item.end + _SLACK)
    if at < 0:
        return None
    return replace(item, start=at, end=at + len(item.phrase))


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value and value.strip() else None
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None

"""Score toponym detection and resolution on LGL, TR-News and GeoWebNews.

    newsgraph eval places --gold ../shared/data/places/lgl.xml --json

Detection: system place mentions against gold toponyms, one-to-one by overlap.
Resolution: on the gold toponyms with coordinates that the system detected, the
distance from the system's point to the gold point; ``acc161`` is the share within
161 km (100 miles). A detected toponym the system left unresolved counts as a miss
(``unresolved``). The baseline resolves the same mentions to the most populous
gazetteer entry of that name, with no context.
"""

from __future__ import annotations

import hashlib
import logging
import math
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from newsgraph.eval.geoxml import GoldArticle, GoldToponym, read_geoxml
from newsgraph.eval.scoring import emit, prf

log = logging.getLogger(__name__)

ACC_KM = 161.0
# Distance charged for a detected toponym left unresolved: half the Earth's circumference.
UNRESOLVED_KM = 20037.5


@dataclass(slots=True)
class SystemMention:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def system_mentions(
    gold: list[GoldArticle], *, doc_cache: Path | None = None, gold_path: Path | None = None
) -> Iterator[list[SystemMention]]:
    """Run the pipeline (entities → time → places) over each article; its place mentions."""
    from newsgraph.article import Article
    from newsgraph.extract.findings import Findings
    from newsgraph.pipeline import STAGES, Pipeline

    pipeline = Pipeline()
    docs = _docs(pipeline, gold, doc_cache=doc_cache, gold_path=gold_path)
    for item, doc in zip(gold, docs):
        article = Article(text=item.text, id=item.id, url=item.url, outlet=None)
        found = Findings(article=article)
        for name, stage, attr in STAGES:
            setattr(found, attr, stage(doc, found))
            if name == "places":
                break
        yield [
            SystemMention(m.start, m.end, m.text, p.lat, p.lon)
            for p in found.places
            for m in p.mentions
        ]


def _docs(
    pipeline: Any, gold: list[GoldArticle], *, doc_cache: Path | None, gold_path: Path | None
) -> Iterator[Any]:
    texts = [a.text for a in gold]
    if doc_cache is None:
        yield from pipeline.nlp.pipe(texts, batch_size=16)
        return
    from spacy.tokens import DocBin

    digest = hashlib.sha1("\0".join(texts).encode("utf-8")).hexdigest()[:12]
    stem = gold_path.stem if gold_path else "gold"
    path = doc_cache / f"{stem}-{pipeline.model.package}-{digest}.spacy"
    if path.exists():
        yield from DocBin().from_disk(path).get_docs(pipeline.nlp.vocab)
        return
    docs = list(pipeline.nlp.pipe(texts, batch_size=16))
    doc_cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    yield from docs


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def match(gold: list[GoldToponym], system: list[SystemMention]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, in text order."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in sorted(enumerate(gold), key=lambda x: x[1].start):
        for si, s in enumerate(system):
            if si not in used and _overlaps(g.start, g.end, s.start, s.end):
                pairs.append((gi, si))
                used.add(si)
                break
    return pairs


def _resolution(distances: list[float], unresolved: int) -> dict[str, Any]:
    if not distances:
        return {"acc161": 0.0, "median_km": 0.0, "mean_km": 0.0, "n": 0, "unresolved": unresolved}
    return {
        "acc161": round(sum(d <= ACC_KM for d in distances) / len(distances), 4),
        "median_km": round(statistics.median(distances), 1),
        "mean_km": round(statistics.fmean(distances), 1),
        "n": len(distances),
        "unresolved": unresolved,
    }


def evaluate(
    gold_path: Path,
    *,
    limit: int | None = None,
    baseline: bool = True,
    doc_cache: Path | None = None,
) -> dict[str, Any]:
    """Detection and resolution figures (plus the population-only baseline) for one file."""
    from newsgraph.gazetteer import Gazetteer

    gold = list(read_geoxml(gold_path))
    if limit is not None:
        gold = gold[:limit]
    gazetteer = Gazetteer.default()
    tp = fp = fn = 0
    distances: list[float] = []
    base_distances: list[float] = []
    unresolved = base_unresolved = 0
    for item, system in zip(gold, system_mentions(gold, doc_cache=doc_cache, gold_path=gold_path)):
        pairs = match(item.toponyms, system)
        tp += len(pairs)
        fp += len(system) - len(pairs)
        fn += len(item.toponyms) - len(pairs)
        for gi, si in pairs:
            g, s = item.toponyms[gi], system[si]
            if not g.has_point:
                continue
            assert g.lat is not None and g.lon is not None
            if s.lat is None or s.lon is None:
                unresolved += 1
                distances.append(UNRESOLVED_KM)
            else:
                distances.append(haversine_km(g.lat, g.lon, s.lat, s.lon))
            if baseline:
                cands = [c for c in gazetteer.lookup(s.text) if c.lat is not None]
                if cands:
                    top = max(cands, key=lambda c: c.population)
                    assert top.lat is not None and top.lon is not None
                    base_distances.append(haversine_km(g.lat, g.lon, top.lat, top.lon))
                else:
                    base_unresolved += 1
                    base_distances.append(UNRESOLVED_KM)
    result: dict[str, Any] = {
        "corpus": gold_path.name,
        "articles": len(gold),
        "detection": prf(tp, fp, fn),
        "resolution": _resolution(distances, unresolved),
    }
    if baseline:
        result["baseline"] = {"resolution": _resolution(base_distances, base_unresolved)}
    return result


@click.command(name="places")
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="LGL, TR-News, GeoWebNews or GeoVirus XML file.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option(
    "--baseline/--no-baseline",
    default=True,
    help="Also score the population-only baseline (on by default).",
)
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option(
    "--doc-cache",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="NEWSGRAPH_DOC_CACHE",
    default=None,
    help="Folder to keep the parsed Docs in between runs (env NEWSGRAPH_DOC_CACHE).",
)
def command(
    gold_path: Path, as_json: bool, baseline: bool, limit: int | None, doc_cache: Path | None
) -> None:
    """Score toponym detection and resolution (acc@161 km) against a geoparsing corpus.

    Example: newsgraph eval places --gold ../shared/data/places/lgl.xml --json
    """
    emit(
        evaluate(gold_path, limit=limit, baseline=baseline, doc_cache=doc_cache),
        as_json=as_json,
    )

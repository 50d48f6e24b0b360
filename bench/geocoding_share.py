"""How much of extraction time goes to geocoding (toponym detection + resolution)?

    PYTHONPATH=src python bench/geocoding_share.py [--gold ../shared/data/places/GWN.xml] [--limit 100]

Per article, in the same run: the spaCy parse, the whole extract pipeline over the
parsed Doc, and the places stage alone. Prints medians and the share of geocoding in
total extraction time (parse + stages), which the issue caps at 10%. Without --gold
it uses the bundled sample articles. The gazetteer is opened (built if need be) and
warmed with one article first, so the figures are steady-state.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from newsgraph.article import Article
from newsgraph.extract.findings import Findings
from newsgraph.gazetteer import Gazetteer
from newsgraph.pipeline import STAGES, Pipeline


def _texts(gold: Path | None, limit: int) -> list[str]:
    if gold is not None:
        from newsgraph.eval.geoxml import read_geoxml

        return [a.text for a in read_geoxml(gold)][:limit]
    sample = Path(__file__).resolve().parents[1] / "src/newsgraph/samples/articles.jsonl"
    return [json.loads(line)["text"] for line in sample.read_text("utf-8").splitlines()][:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()

    texts = _texts(args.gold, args.limit)
    pipeline = Pipeline()
    started = time.perf_counter()
    Gazetteer.default()
    open_s = time.perf_counter() - started
    warm = Article(text=texts[0])
    pipeline.record(pipeline.nlp(warm.text), warm)

    parse_s, stages_s, places_s = [], [], []
    for text in texts:
        article = Article(text=text)
        t0 = time.perf_counter()
        doc = pipeline.nlp(text)
        t1 = time.perf_counter()
        found = Findings(article=article)
        geo = 0.0
        for name, stage, attr in STAGES:
            s0 = time.perf_counter()
            setattr(found, attr, stage(doc, found))
            if name == "places":
                geo = time.perf_counter() - s0
        t2 = time.perf_counter()
        parse_s.append(t1 - t0)
        stages_s.append(t2 - t1)
        places_s.append(geo)

    total = sum(parse_s) + sum(stages_s)
    result = {
        "articles": len(texts),
        "gazetteer_open_s": round(open_s, 3),
        "median_parse_ms": round(statistics.median(parse_s) * 1000, 2),
        "median_stages_ms": round(statistics.median(stages_s) * 1000, 2),
        "median_places_ms": round(statistics.median(places_s) * 1000, 2),
        "places_share_of_total": round(sum(places_s) / total, 4),
        "places_vs_parse": round(sum(places_s) / sum(parse_s), 4),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

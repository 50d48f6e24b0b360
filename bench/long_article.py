"""How extraction time grows with an article's length (quadratic stages show up here).

    PYTHONPATH=src python bench/long_article.py --sizes 100 200 400 800 --repeat 3

Each size is a one-paragraph text of that many attributed sentences (the worst case for
the speaker searches, which look back through the quotes of a paragraph) and the same
sentences one per paragraph. Prints the median seconds per size and the growth exponent
between consecutive sizes (1.0 is linear, 2.0 quadratic).
"""

from __future__ import annotations

import argparse
import math
import statistics
import time

from newsgraph.article import Article
from newsgraph.pipeline import Pipeline

SENTENCES = (
    "The minister said the talks would resume on Monday.",
    "\u201cWe are ready,\u201d she told reporters in Geneva.",
    "Officials in the capital said the army had not attacked the town.",
)


def _text(size: int, joiner: str) -> str:
    return joiner.join(SENTENCES[i % len(SENTENCES)] for i in range(size))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400, 800])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pipeline = Pipeline()
    pipeline.extract(Article(text=SENTENCES[0]))  # load models before timing
    for layout, joiner in (("one paragraph", " "), ("paragraph each", "\n\n")):
        previous: tuple[int, float] | None = None
        for size in args.sizes:
            text = _text(size, joiner)
            runs = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                pipeline.extract(Article(text=text))
                runs.append(time.perf_counter() - start)
            median = statistics.median(runs)
            growth = ""
            if previous is not None:
                exponent = math.log(median / previous[1]) / math.log(size / previous[0])
                growth = f"  growth exponent {exponent:.2f}"
            print(f"{layout:15} {size:5} sentences {len(text):7} chars {median:7.2f} s{growth}")
            previous = (size, median)


if __name__ == "__main__":
    main()

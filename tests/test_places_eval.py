"""The geoparsing corpus readers and scorer, on small files written here."""

from __future__ import annotations

from pathlib import Path

from newsgraph.eval.geoxml import read_geoxml
from newsgraph.eval.places import haversine_km, match

GEOVIRUS = """<?xml version="1.0" encoding="utf-8"?>
<articles>
<article>
<source>https://example.org/news/ebola-spreads</source>
<text>Ebola spreads in Guinea. Cases were confirmed in Conakry and in Liberia.</text>
<locations>
<location><name>Guinea</name><start>18</start><end>24</end><lat>11.0</lat><lon>-10.0</lon>
<page>https://en.wikipedia.org/wiki/Guinea</page></location>
<location><name>Conakry</name><start>48</start><end>55</end><lat>9.5</lat><lon>-13.7</lon>
<page>https://en.wikipedia.org/wiki/Conakry</page></location>
<location><name>Liberia</name><start>64</start><end>71</end><lat>6.4</lat><lon>-9.4</lon>
<page>https://en.wikipedia.org/wiki/Liberia</page></location>
</locations>
</article>
</articles>
"""

LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="7"><url>http://example.com/a</url>
<text>Fire in Paris, Texas.</text><toponyms>
<toponym><start>8</start><end>13</end><phrase>Paris</phrase>
<gaztag geonameid="4717560"><fcode>PPL</fcode><lat>33.66</lat><lon>-95.55</lon></gaztag>
</toponym>
<toponym><start>15</start><end>20</end><phrase>Texas</phrase></toponym>
</toponyms></article></articles>
"""


def test_geovirus_offsets_one_past_the_text_are_realigned(tmp_path: Path) -> None:
    path = tmp_path / "GeoVirus.xml"
    path.write_text(GEOVIRUS, encoding="utf-8")
    (article,) = read_geoxml(path)
    assert article.url == "https://example.org/news/ebola-spreads"
    assert [t.phrase for t in article.toponyms] == ["Guinea", "Conakry", "Liberia"]
    for top in article.toponyms:
        assert article.text[top.start : top.end] == top.phrase
        assert top.has_point
    assert article.toponyms[1].kind == "https://en.wikipedia.org/wiki/Conakry"


def test_lgl_gaztag_points_and_untagged_toponyms(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(LGL, encoding="utf-8")
    (article,) = read_geoxml(path)
    paris, texas = article.toponyms
    assert (paris.geonameid, paris.kind, paris.lat) == (4717560, "PPL", 33.66)
    assert texas.phrase == "Texas" and not texas.has_point


def test_match_is_one_to_one_by_overlap_and_distance_is_great_circle() -> None:
    from newsgraph.eval.geoxml import GoldToponym
    from newsgraph.eval.places import SystemMention

    gold = [GoldToponym(0, 5, "Paris"), GoldToponym(10, 15, "Texas")]
    system = [SystemMention(0, 5, "Paris", 1.0, 1.0), SystemMention(1, 4, "ari", None, None)]
    assert match(gold, system) == [(0, 0)]
    # Paris to London is about 344 km.
    assert 330 < haversine_km(48.8566, 2.3522, 51.5074, -0.1278) < 360


def test_evaluate_scores_a_geovirus_file_end_to_end(tmp_path: Path) -> None:
    from newsgraph.eval.places import evaluate

    path = tmp_path / "GeoVirus.xml"
    path.write_text(GEOVIRUS, encoding="utf-8")
    result = evaluate(path)
    assert result["detection"]["r"] == 1.0
    assert result["resolution"]["n"] == 3
    assert result["resolution"]["acc161"] == 1.0
    assert result["baseline"]["resolution"]["n"] == 3

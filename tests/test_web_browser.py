"""The pages in a real browser: Debian's Chromium driven by Playwright against
``newsgraph serve`` (uvicorn) on loopback, over a demo database built in a tmp dir.

Screenshots go to artifacts/screenshots/. Skips when /usr/bin/chromium or the
playwright package is absent.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from newsgraph.web.fixtures import HOSTILE_ID, sample_records

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
REPO = Path(__file__).resolve().parent.parent
SHOTS = REPO / "artifacts" / "screenshots"
VENDOR = REPO / "src" / "newsgraph" / "web" / "static" / "vendor" / "leaflet" / "leaflet.js"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}"),
    pytest.mark.timeout(300),
]

playwright_api = pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``newsgraph demo`` into a tmp database, the hand-built Records added, then
    ``newsgraph serve`` on a free loopback port."""
    from newsgraph.store import Store, store_record

    tmp = tmp_path_factory.mktemp("browser")
    db = str(tmp / "demo.db")
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    demo = subprocess.run(
        [sys.executable, "-m", "newsgraph", "demo", "--db", db], cwd=tmp, env=env,
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stderr[-2000:]
    with Store(db) as store:
        for record in sample_records():
            store_record(store, record)
    port = free_port()
    log = open(tmp / "serve.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsgraph", "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
        cwd=tmp, env={**env, "NEWSGRAPH_TILE_URL": ""}, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, (tmp / "serve.log").read_text()[-2000:]
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"],
        )  # fmt: skip
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.problems = problems  # type: ignore[attr-defined]
    yield page
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_web_browser_article_hover_quote_and_follow_the_speaker(server, page):
    page.goto(f"{server}/")
    assert page.locator("h1").inner_text() == "Overview"
    shot(page, "01-overview")
    page.get_by_role("link", name="Dock workers walk out in Valdora").click()
    page.wait_for_url("**/articles/port-strike")
    quote = page.locator('#article-text q.quote[data-quote="q1"]').first
    quote.hover()
    tip = page.locator("#tooltip")
    tip.wait_for(state="visible")
    assert "Speaker: Lena Hartmann" in tip.inner_text()
    assert page.locator('.panel-quotes li[data-quote="q1"]').evaluate(
        "el => el.classList.contains('active')"
    )
    shot(page, "02-article-hover")
    # Places, events and dates are highlighted from the Record's offsets.
    assert page.locator("#article-text .place").first.inner_text() == "Valdora"
    assert page.locator("#article-text mark.event").first.inner_text() == "walked off the job"
    assert page.locator("#article-text time.date").inner_text() == "Tuesday"
    # Click the quote itself: it goes to the speaker's page.
    quote.click()
    page.wait_for_url("**/entities/*")
    assert page.locator("h1.entity-name").inner_text().startswith("Lena Hartmann")
    assert page.locator(".quotes-by li").count() == 3
    shot(page, "03-entity")
    assert page.problems == []  # type: ignore[attr-defined]


def test_web_browser_speaker_link_and_json_record(server, page):
    page.goto(f"{server}/articles/port-talks")
    page.locator('.panel-quotes li[data-quote="q1"] .who a').click()
    page.wait_for_url("**/entities/*")
    assert "Lena Hartmann" in page.locator("h1").inner_text()
    page.goto(f"{server}/articles/port-talks")
    page.get_by_role("link", name="JSON Record").click()
    assert '"schema_version"' in page.content() or "schema_version" in page.inner_text("body")


def test_web_browser_filter_quotes(server, page):
    page.goto(f"{server}/quotes")
    total = page.locator(".quote-results li.quote-item").count()
    page.fill("input[name=speaker]", "Hartmann")
    page.select_option("select[name=channel]", "interview")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/quotes?*speaker=Hartmann*")
    results = page.locator(".quote-results li.quote-item")
    assert results.count() == 1 < total
    assert "The offer is an insult" in results.first.inner_text()
    assert page.locator("select[name=channel]").input_value() == "interview"
    shot(page, "04-quotes-filtered")
    assert page.problems == []  # type: ignore[attr-defined]


@pytest.mark.skipif(not VENDOR.exists(), reason="front-end assets not built (make assets)")
def test_web_browser_events_map_points_and_timeline(server, page):
    page.goto(f"{server}/events")
    page.wait_for_selector("#map.ready")
    points = page.locator("#map path.map-point")
    assert points.count() == int(page.locator("#map").get_attribute("data-points") or 0) >= 3
    # The packaged world outline is drawn (no tile server configured, no network needed).
    page.wait_for_function("document.querySelectorAll('#map path').length > 100")
    assert page.locator("svg.timeline rect").count() >= 1
    shot(page, "05-events-map")
    page.fill("input[name=place]", "Kessel")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/events?*place=Kessel*")  # the new page, not the old one's map
    page.wait_for_selector("#map.ready")
    assert page.locator("#map path.map-point").count() == 1
    assert page.locator("table.event-results tbody tr").count() == 2
    assert page.problems == []  # type: ignore[attr-defined]


def test_web_browser_hostile_article_runs_no_script(server, page):
    page.goto(f"{server}/articles/{HOSTILE_ID}")
    for el in page.locator(
        "#article-text q, #article-text a, #article-text mark, #article-text span"
    ).all():
        el.hover()
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#article-text script, #article-text img, #article-text svg").count() == 0
    assert page.title().startswith("<script>window.__pwned=7</script>Hostile")
    assert "<script>window.__pwned = 1</script>" in page.locator("#article-text").inner_text()
    shot(page, "06-hostile-article")
    assert not [p for p in page.problems if p.startswith("dialog")]  # type: ignore[attr-defined]


def test_web_browser_extract_page(server, page):
    page.goto(f"{server}/extract")
    page.fill(
        "textarea[name=text]",
        'Mayor Ana Silva said on Monday that "the bridge will reopen in May".',
    )
    page.get_by_role("button", name="Extract").click()
    page.wait_for_selector(".extract-result", timeout=120_000)
    assert "not stored" in page.locator(".extract-result h2").inner_text()
    assert "the bridge will reopen in May" in page.locator("#article-text").inner_text()
    shot(page, "07-extract")

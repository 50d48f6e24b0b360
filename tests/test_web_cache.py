"""The GET cache: answers are reused until the database changes, whoever changes it."""

from __future__ import annotations

from fastapi.testclient import TestClient

from newsgraph.store import Store, store_record
from newsgraph.web import Settings, create_app
from newsgraph.web.fixtures import build_store, hostile_record, port_record, talks_record


def counting(repo, name):
    calls = []
    method = getattr(repo, name)

    def wrapper(*args, **kwargs):
        calls.append(args)
        return method(*args, **kwargs)

    setattr(repo, name, wrapper)
    return calls


def make(url, **settings):
    app = create_app(settings=Settings(db_url=url, extra_hosts=("testserver",), **settings))
    return app, TestClient(app)


def test_web_cache_reuses_answers_until_another_process_writes(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    build_store(url, records=[port_record()]).close()
    app, client = make(url)
    calls = counting(app.state.repo, "stats")
    first = client.get("/api/stats").json()
    assert client.get("/api/stats").json() == first
    assert len(calls) == 1  # the second answer came from the cache
    assert client.get("/api/stats", headers={"Accept": "application/json"}).status_code == 200
    # Another writer (as `newsgraph ingest` in another process would be).
    with Store(url) as other:
        store_record(other, talks_record())
    second = client.get("/api/stats").json()
    assert second["articles"] == first["articles"] + 1
    assert len(calls) == 3
    # Cached answers still carry the security headers.
    assert "content-security-policy" in client.get("/api/stats").headers


def test_web_cache_sees_writes_through_the_server_itself(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    build_store(url, records=[port_record()]).close()
    app, client = make(url)
    before = client.get("/api/articles").json()["items"]
    app.state.repo.add(hostile_record())
    after = client.get("/api/articles").json()["items"]
    assert len(after) == len(before) + 1


def test_web_cache_skips_errors_and_can_be_turned_off(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    build_store(url, records=[port_record()]).close()
    app, client = make(url)
    calls = counting(app.state.repo, "article")
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404
    assert len(calls) == 2  # a 404 is not kept
    app, client = make(url, cache=False)
    calls = counting(app.state.repo, "stats")
    client.get("/api/stats")
    client.get("/api/stats")
    assert len(calls) == 2

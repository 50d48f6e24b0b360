"""Property-based API tests: schemathesis generates requests from /openapi.json and checks
every answer against it (status codes, content types, response schemas, no 5xx).

In process (ASGI) over a store of hand-built Records. The write endpoints are left out:
extraction is slow and ingest-by-URL would try the network; their own tests cover them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

from newsgraph.web import Settings, create_app  # noqa: E402
from newsgraph.web.fixtures import build_store  # noqa: E402

_TMP = tempfile.TemporaryDirectory(prefix="newsgraph-schema-")
_DB = f"sqlite:///{Path(_TMP.name) / 'schema.db'}"
build_store(_DB).close()
app = create_app(settings=Settings(db_url=_DB, extra_hosts=("localhost", "testserver")))

schema = schemathesis.openapi.from_asgi("/openapi.json", app).exclude(method="POST")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_web_api_conforms_to_its_openapi(case):
    # Cursors are opaque tokens the server hands out: a string the schema allows may
    # still be no cursor of ours, and 400 (documented) is the right answer to it.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])

"""schemathesis against openapi.json and a running demo server (issue 12, keep testing 3).

Every API operation is called with generated valid and invalid inputs, bounded (10 examples an operation, a few
minutes in all). The run fails on any 5xx, and on any response whose body or content type does not match the document.
Still left: schemathesis's status-code and input-acceptance checks find codes the document does not list and inputs
the API is stricter about than the document says; they are not part of this run yet.
"""
import os
import shutil
import subprocess

import pytest

from test_concurrent_writes import api_token

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def test_the_api_matches_its_document_and_never_fails(servers, scratch_dir):
    st = shutil.which("schemathesis") or shutil.which("st")
    if st is None:
        pytest.skip("schemathesis is not installed (scripts/lib/deps.sh installs it)")
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()
    token = api_token(demo.url, "quantri", "danvan2026")
    result = subprocess.run(
        [st, "run", os.path.join(ROOT, "openapi.json"), "--url", demo.url, "-H", f"Authorization: Bearer {token}",
         "-n", "10", "--request-timeout", "20", "--generation-deterministic",
         "-c", "not_a_server_error,response_schema_conformance,content_type_conformance"],
        capture_output=True, text=True, timeout=900)
    summary = "\n".join(result.stdout.splitlines()[-40:])
    print(summary)
    assert result.returncode == 0, summary

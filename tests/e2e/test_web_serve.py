"""`synoptic serve` as a user runs it: a real process on 127.0.0.1 over a store file."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_serve_answers_on_localhost_and_guards_its_host(tmp_path, workers):
    # --workers 2: uvicorn's worker processes, each with its own app over the same store
    port = _free_port()
    cmd = [sys.executable, "-m", "synoptic.cli", "serve", "--db", f"sqlite:///{tmp_path}/s.db", "--port", str(port),
           "--workers", workers]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(base + "/", timeout=5)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("synoptic serve did not start: " + (proc.stdout.read() if proc.stdout else ""))
                time.sleep(0.3)
        assert r.status_code == 200 and "No stories" in r.text
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert httpx.get(base + "/api/v1/stories").json() == {"stories": [], "next": None, "total": 0,
                                                               "briefs_pending": 0}
        assert httpx.get(base + "/stories/nope").status_code == 404
        # bound to loopback: other Host names are refused (DNS rebinding)
        assert httpx.get(base + "/", headers={"Host": "attacker.example"}).status_code == 400
        assert httpx.get(f"http://localhost:{port}/api/v1/openapi.json").status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=15)

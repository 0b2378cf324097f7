"""`danvan serve` stopped by SIGTERM (a deployment's restart) while requests are running: they finish, and the process
exits with status 0. Before, Vapor closed the databases before the HTTP server, and a request still running crashed
on `Request.db` (exit status 132)."""
import os
import signal
import threading
import time
import urllib.error
import urllib.request

from conftest import Server, ARTIFACTS

CLIENTS = 8


def test_sigterm_lets_running_requests_finish(scratch_dir):
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir, SWIFT_BACKTRACE="enable=no")
    env.pop("DATABASE_URL", None)
    os.makedirs(ARTIFACTS, exist_ok=True)
    server = Server(["serve"], env, os.path.join(ARTIFACTS, "server-shutdown.log")).wait_ready()
    stop = threading.Event()
    answered, refused = [], []

    def client():
        # Each request reads the database (/healthz runs a statement); connections refused after the stop are expected.
        while not stop.is_set():
            try:
                with urllib.request.urlopen(server.url + "/healthz", timeout=30) as response:
                    answered.append(response.status)
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                refused.append(1)
                time.sleep(0.01)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.5)
        assert len(answered) > 50, "the clients did not load the server"
        server.process.send_signal(signal.SIGTERM)
        status = server.process.wait(timeout=60)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        if server.process.poll() is None:
            server.process.kill()
        server.log.close()
    with open(server.log.name, encoding="utf-8", errors="replace") as log:
        output = log.read()
    assert status == 0, f"exit status {status}:\n{output[-2000:]}"
    assert "Fatal error" not in output
    # Every answer the server gave was a success: a request cut off by the stop would have been a 503.
    assert set(answered) == {200}

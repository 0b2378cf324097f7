"""Helpers for system tests: real `danvan` processes on loopback ports."""
import os
import re
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid

import pytest

ARTIFACTS = os.path.join(os.path.dirname(__file__), "..", "..", ".artifacts")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `danvan` process; stopped at the end of the test."""

    def __init__(self, args, env, log_path):
        self.log = open(log_path, "w")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [os.environ["DANVAN_BIN"], *args, "--hostname", "127.0.0.1", "--port", str(self.port)],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout=240):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"danvan exited with {self.process.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.3)
        raise TimeoutError(f"danvan did not become ready; see {self.log.name}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture
def servers():
    started = []

    def start(args, env):
        os.makedirs(ARTIFACTS, exist_ok=True)
        server = Server(args, env, os.path.join(ARTIFACTS, f"server-{len(started)}-{uuid.uuid4().hex[:6]}.log"))
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def scratch_dir():
    with tempfile.TemporaryDirectory(prefix="danvan-system-") as path:
        yield path


def run_danvan(args, env):
    """Runs a one-shot subcommand and fails the test with its output if it fails."""
    result = subprocess.run([os.environ["DANVAN_BIN"], *args], env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def csrf_token(html):
    match = re.search(r'name="_csrf" value="([^"]+)"', html)
    assert match, "no CSRF token in page"
    return match.group(1)


def wait_for(driver, text, timeout=30):
    """Waits until the page shows the text: a click navigates asynchronously, so an immediate check can see the old page."""
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, timeout).until(lambda d: text in d.page_source, message=f"page never showed {text!r}")


def click_and_wait(driver, xpath, text, timeout=300):
    """Clicks and waits for the next page, then for the text: the old page can hold the same text.

    The old page is marked by a script variable that the next page lacks. Asking an element of the old page whether it
    went stale can instead meet Chromium mid-navigation and fail with an inspector error, so errors while the page
    changes only mean "ask again".
    """
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    driver.execute_script("window.danvanOldPage = true;")
    driver.find_element(By.XPATH, xpath).click()
    WebDriverWait(driver, timeout, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script("return window.danvanOldPage === undefined;"),
        message="the click never led to a new page")
    wait_for(driver, text, timeout=timeout)

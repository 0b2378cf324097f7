"""Two `danvan serve` processes on one PostgreSQL share a login session (sessions live in the database)."""
import http.cookiejar
import os
import subprocess
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from conftest import csrf_token, run_danvan

PG = os.environ.get("DANVAN_TEST_DATABASE_URL")


@pytest.fixture
def postgres_database():
    if not PG:
        pytest.skip("DANVAN_TEST_DATABASE_URL is not set (scripts/test sets it)")
    name = "dv_system_" + uuid.uuid4().hex[:10]
    subprocess.run(["psql", PG, "-q", "-c", f"CREATE DATABASE {name}"], check=True)
    parts = urllib.parse.urlsplit(PG)
    yield urllib.parse.urlunsplit(parts._replace(path="/" + name))
    subprocess.run(["psql", PG, "-q", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], check=False)


def opener():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect()), jar


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(open_url, url, data=None):
    try:
        response = open_url.open(url, data=urllib.parse.urlencode(data).encode() if data else None, timeout=30)
        return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()



def test_two_servers_share_one_login(servers, postgres_database, scratch_dir):
    env = dict(os.environ, DATABASE_URL=postgres_database, DANVAN_DATA_DIR=scratch_dir, DANVAN_AUTO_MIGRATE="false")
    run_danvan(["migrate", "--yes"], env)
    run_danvan(["units", "import", "--structure", "2025", "--province", "46"], env)
    run_danvan(["user", "add", "noivu.thu", "--name", "Nguyễn Văn Thử", "--role", "chuyen_vien_noi_vu",
                "--unit", "46", "--password", "mat-khau-he-thong"], env)
    first = servers(["serve"], env)
    second = servers(["serve"], env)
    first.wait_ready()
    second.wait_ready()

    browser, jar = opener()
    status, page = fetch(browser, first.url + "/dang-nhap")
    assert status == 200
    status, _ = fetch(browser, first.url + "/dang-nhap",
                      {"_csrf": csrf_token(page), "username": "noivu.thu", "password": "mat-khau-he-thong"})
    assert status == 303

    # The cookie was set by the first server; the second one serves the signed-in page from the same session.
    cookie = next(c for c in jar if c.name == "danvan_session")
    other, other_jar = opener()
    other_jar.set_cookie(cookie)
    status, dashboard = fetch(other, second.url + "/tong-quan")
    assert status == 200
    assert "Xin chào, Nguyễn Văn Thử" in dashboard

    # Signing out on the second server ends the session on the first too.
    status, _ = fetch(other, second.url + "/dang-xuat", {"_csrf": csrf_token(dashboard)})
    assert status == 303
    status, _ = fetch(browser, first.url + "/tong-quan")
    assert status == 303

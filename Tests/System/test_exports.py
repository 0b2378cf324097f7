"""Exports open in LibreOffice: the work list's .xlsx is converted headless to CSV and read back."""
import csv
import http.cookiejar
import os
import shutil
import subprocess
import urllib.parse
import urllib.request

import pytest

from conftest import csrf_token


def signed_in(url, username):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(url + "/dang-nhap").read().decode()
    form = urllib.parse.urlencode({"_csrf": csrf_token(page), "username": username, "password": "danvan2026"}).encode()
    opener.open(url + "/dang-nhap", data=form).read()
    return opener


def test_work_list_xlsx_opens_in_libreoffice(servers, scratch_dir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.fail("LibreOffice is required (scripts/test installs libreoffice-calc-nogui)")
    env = dict(os.environ, DANVAN_DATA_DIR=os.path.join(scratch_dir, "data"))
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()
    opener = signed_in(demo.url, "noivu.huongtra")
    data = opener.open(demo.url + "/viec-can-lam?loai=phan-cong&xuat=xlsx").read()
    path = os.path.join(scratch_dir, "viec-can-lam.xlsx")
    with open(path, "wb") as f:
        f.write(data)
    profile = "file://" + os.path.join(scratch_dir, "lo-profile")
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", scratch_dir, path], check=True, capture_output=True, timeout=180)
    with open(os.path.join(scratch_dir, "viec-can-lam.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["Đơn vị", "Kế hoạch", "Nhiệm vụ"]
    assert len(rows) > 10
    assert any(row[1] == "389/KH-UBND" for row in rows[1:])

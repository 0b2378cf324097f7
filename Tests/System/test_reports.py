"""A real Chromium through a periodic report: the coordinator lays out next year's calendar, a unit submits,
the coordinator returns it with a reason, the unit corrects and resubmits, the coordinator accepts and consolidates,
and the consolidated .docx and .xlsx open in LibreOffice with the Nghị định 30 header on the first page."""
import os
import shutil
import subprocess
import urllib.request

import pytest
from selenium.webdriver.common.by import By

from conftest import wait_for
from test_browser import chromium, shot  # noqa: F401  (fixture and helper)
from test_plans import login

YEAR = "2027"


def logout(driver):
    driver.find_element(By.CSS_SELECTOR, ".user-box button").click()


def download(driver, url):
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(url, headers={"Cookie": cookies})
    with urllib.request.urlopen(request) as response:
        return response.read(), response.headers.get("Content-Type", "")


def to_pdf_text(path, scratch_dir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.fail("LibreOffice is required (scripts/test installs it)")
    profile = "file://" + os.path.join(scratch_dir, "lo-profile")
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", scratch_dir, path],
                   check=True, capture_output=True, timeout=180)
    pdf = os.path.splitext(path)[0] + ".pdf"
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    return first


def fill_figures(driver, received, on_time):
    for field in driver.find_elements(By.CSS_SELECTOR, "input[name^='so_lieu[']"):
        field.clear()
        field.send_keys("3")
    for code, value in (("hs_nhan", received), ("hs_dung_han", on_time), ("dvk_dang_ky", 4), ("dvk_cong_nhan", 1)):
        field = driver.find_element(By.NAME, f"so_lieu[{code}]")
        field.clear()
        field.send_keys(str(value))


def test_demo_expands_tuyen_quang_monthly_reports(servers, scratch_dir, chromium):  # noqa: F811
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()
    login(chromium, demo.url, "quantri")
    chromium.get(demo.url + "/bao-cao")
    rows = [row for row in chromium.find_elements(By.XPATH, "//tr[.//a[contains(@href, '/bao-cao/che-do/')]]")
            if "Tuyên Quang" in row.text and "Hằng tháng" in row.text]
    assert rows, "the Tuyên Quang monthly regime is listed"
    rows[0].find_element(By.CSS_SELECTOR, "a[href*='/bao-cao/che-do/']").click()
    chromium.find_element(By.PARTIAL_LINK_TEXT, "Tình hình nộp báo cáo").click()
    page = chromium.find_element(By.TAG_NAME, "main").text
    for state in ("Đúng hạn", "Trễ hạn", "Chưa nộp", "Bị trả lại"):
        assert state in page, state
    assert "Tháng 1/" in page


def test_submit_return_resubmit_accept_consolidate_download(servers, scratch_dir, chromium):  # noqa: F811
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()

    # The coordinator of Hương Trà lays out next year's 6-month reports of plan 389/KH-UBND.
    login(chromium, demo.url, "noivu.huongtra")
    chromium.get(demo.url + "/bao-cao")
    rows = [row for row in chromium.find_elements(By.XPATH, "//tr[.//a[contains(@href, '/bao-cao/che-do/')]]")
            if "389/KH-UBND" in row.text and "6 tháng" in row.text and "ngày 20 tháng 5" in row.text]
    assert rows, "the Hương Trà 6-month regime is listed"
    rows[0].find_element(By.CSS_SELECTOR, "a[href*='/bao-cao/che-do/']").click()
    regime_url = chromium.current_url.split("?")[0]
    # The demo's history: this year's requests, some on time, some late, some missing.
    chromium.find_element(By.PARTIAL_LINK_TEXT, "Tình hình nộp báo cáo").click()
    grid = chromium.find_element(By.CSS_SELECTOR, "table.grid").text
    for state in ("Đúng hạn", "Trễ hạn", "Chưa nộp"):
        assert state in grid, state
    assert chromium.find_element(By.CSS_SELECTOR, "svg[role=img]")
    shot(chromium, "19-tinh-hinh-nop-bao-cao")
    chromium.get(regime_url)
    year = chromium.find_element(By.ID, "f-nam")
    year.clear()
    year.send_keys(YEAR)
    year.find_element(By.XPATH, "ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(chromium, "yêu cầu báo cáo cho năm " + YEAR)
    shot(chromium, "20-che-do-bao-cao")
    logout(chromium)

    # Phòng Nội vụ fills its report and submits it.
    login(chromium, demo.url, "canbo.pnv")
    chromium.get(demo.url + f"/bao-cao?ky={YEAR}-6T")
    chromium.find_element(By.PARTIAL_LINK_TEXT, f"6 tháng đầu năm {YEAR}").click()
    request_url = chromium.current_url
    fill_figures(chromium, 100, 96)
    chromium.find_element(By.CSS_SELECTOR, "textarea[name^='noi_dung[']").send_keys("Tổ chức 3 hội nghị quán triệt kế hoạch.")
    chromium.find_element(By.CSS_SELECTOR, "button[value=nop]").click()
    wait_for(chromium, "Đã nộp báo cáo.")
    # What was typed is stored: the form is multipart, and its section texts were once dropped while this page said
    # "Đã nộp báo cáo." (issue 18).
    wait_for(chromium, "Tổ chức 3 hội nghị quán triệt kế hoạch.")
    shot(chromium, "21-da-nop-bao-cao")
    logout(chromium)

    # The coordinator returns it with a reason.
    login(chromium, demo.url, "noivu.huongtra")
    chromium.get(request_url)
    chromium.find_element(By.ID, "f-ly_do").send_keys("Số hồ sơ đúng hạn chưa khớp với hệ thống một cửa.")
    chromium.find_element(By.ID, "f-ly_do").find_element(By.XPATH, "ancestor::form").find_element(By.CSS_SELECTOR, "button").click()
    wait_for(chromium, "Đã trả lại báo cáo")
    logout(chromium)

    # The unit sees why, corrects and resubmits; the change is shown.
    login(chromium, demo.url, "canbo.pnv")
    chromium.get(request_url)
    wait_for(chromium, "Số hồ sơ đúng hạn chưa khớp")
    field = chromium.find_element(By.NAME, "so_lieu[hs_dung_han]")
    field.clear()
    field.send_keys("97")
    chromium.find_element(By.CSS_SELECTOR, "button[value=nop]").click()
    wait_for(chromium, "Đã nộp báo cáo.")
    wait_for(chromium, "Thay đổi so với lần 1")
    logout(chromium)

    # The coordinator accepts, then consolidates the period.
    login(chromium, demo.url, "noivu.huongtra")
    chromium.get(request_url)
    chromium.find_element(By.XPATH, "//button[normalize-space()='Chấp nhận']").click()
    wait_for(chromium, "Đã chấp nhận báo cáo.")
    chromium.get(regime_url + f"/tong-hop?ky={YEAR}-6T")
    wait_for(chromium, "Số liệu tổng hợp")
    assert "97%" in chromium.page_source or "97,00%" in chromium.page_source
    shot(chromium, "22-tong-hop")

    docx_link = chromium.find_element(By.PARTIAL_LINK_TEXT, ".docx").get_attribute("href")
    data, kind = download(chromium, docx_link)
    assert "wordprocessingml" in kind
    docx = os.path.join(scratch_dir, "tong-hop.docx")
    with open(docx, "wb") as f:
        f.write(data)
    first_page = to_pdf_text(docx, scratch_dir)
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:", "/BC-", "BÁO CÁO", "năm " + YEAR):
        assert line in first_page, line

    xlsx_link = chromium.find_element(By.PARTIAL_LINK_TEXT, ".xlsx").get_attribute("href")
    data, kind = download(chromium, xlsx_link)
    assert "spreadsheetml" in kind
    xlsx = os.path.join(scratch_dir, "tong-hop.xlsx")
    with open(xlsx, "wb") as f:
        f.write(data)
    sheet = to_pdf_text(xlsx, scratch_dir)
    assert f"Tổng hợp báo cáo 6 tháng đầu năm {YEAR}" in sheet
    assert "Mã đơn vị" in sheet and "Tổng hợp" in sheet

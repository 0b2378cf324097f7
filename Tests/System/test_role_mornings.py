"""Issue 18, "done when": a real Chromium walks each role's morning against `danvan demo` by filling fields and clicking
buttons, then reads back what was stored. Every counter on a home page opens a list of exactly that length.

Screenshots of each role's home and key pages, at desk width (1280 px) and phone width (390 px), are saved under
$DANVAN_ARTEFACTS (default var/artefacts/screenshots/); at phone width no page may scroll sideways and the header stays
short (the navigation is one scrollable row, not three wrapped lines).

One demo server serves the whole module (loading the country's units takes a while); each test asserts only what its
own steps change, so the order of the tests does not matter."""
import base64
import datetime
import os
import re
import shutil
import tempfile
import time
import uuid

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import ARTIFACTS, Server, wait_for

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCREENSHOTS = os.environ.get("DANVAN_ARTEFACTS") or os.path.join(REPO, "var", "artefacts", "screenshots")
DESK, PHONE = 1280, 390
# The header at phone width: brand, one row of navigation, the signed-in user. Three wrapped rows of links were 183 px.
PHONE_HEADER_MAX = 150


@pytest.fixture(scope="module")
def demo():
    with tempfile.TemporaryDirectory(prefix="danvan-mornings-") as data_dir:
        env = dict(os.environ, DANVAN_DATA_DIR=data_dir)
        env.pop("DATABASE_URL", None)
        os.makedirs(ARTIFACTS, exist_ok=True)
        server = Server(["demo"], env, os.path.join(ARTIFACTS, f"server-mornings-{uuid.uuid4().hex[:6]}.log"))
        try:
            yield server.wait_ready()
        finally:
            server.stop()


@pytest.fixture
def browser():
    if not shutil.which("chromium") or not shutil.which("chromedriver"):
        pytest.fail("chromium and chromium-driver are required (scripts/test installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={DESK},900", "--lang=vi"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def today():
    """The server's day: Asia/Ho_Chi_Minh is UTC+7 all year."""
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7)).date()


def shoot(driver, name):
    """Saves the whole page at desk and at phone width; at phone width, checks that nothing scrolls sideways."""
    os.makedirs(SCREENSHOTS, exist_ok=True)
    for suffix, width in (("ban-lam-viec", DESK), ("dien-thoai", PHONE)):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width == PHONE})
        try:
            height = min(driver.execute_script("return document.documentElement.scrollHeight"), 8000)
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
            with open(os.path.join(SCREENSHOTS, f"{name}-{suffix}.png"), "wb") as f:
                f.write(base64.b64decode(shot["data"]))
            if width == PHONE:
                page_width = driver.execute_script("return document.documentElement.scrollWidth")
                assert page_width <= PHONE, f"{name}: the page is {page_width} px wide on a {PHONE} px phone"
                header = driver.execute_script("var h = document.querySelector('.site-header'); return h ? h.offsetHeight : 0")
                assert header <= PHONE_HEADER_MAX, f"{name}: the header takes {header} px of a phone's screen"
        finally:
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def go(driver, element):
    """Clicks a link or a search button and waits for the page it opens (an immediate read could see the old page)."""
    before = driver.current_url
    element.click()
    WebDriverWait(driver, 30).until(lambda d: d.current_url != before, message=f"the click on {before} opened nothing")


def login(driver, url, username):
    driver.delete_all_cookies()
    driver.get(url + "/dang-nhap")
    driver.find_element(By.ID, "f-username").send_keys(username)
    driver.find_element(By.ID, "f-password").send_keys("danvan2026")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(driver, "Xin chào")


def number(text):
    """"1.204" → 1204."""
    return int(text.strip().replace(".", ""))


def tiles(driver):
    """The home page's counters: label → (count, link)."""
    found = {}
    for tile in driver.find_elements(By.CSS_SELECTOR, "ul.tiles li"):
        link = tile.find_element(By.TAG_NAME, "a")
        found[link.text] = (number(tile.find_element(By.CLASS_NAME, "tile-value").text), link.get_attribute("href"))
    return found


def total_after(driver, heading=None):
    """The length of a list as its pagination says ("Trang 1/3 · 42 mục"), or 0 when it says it is empty. With a heading,
    the list under that heading (a page with several lists)."""
    scope = driver.find_element(By.TAG_NAME, "main")
    xpath = ".//nav[contains(@class,'pagination')]"
    if heading:
        xpath = f".//h2[normalize-space()='{heading}']/following::nav[contains(@class,'pagination')][1]"
    navs = scope.find_elements(By.XPATH, xpath)
    if not navs:
        return 0
    match = re.search(r"·\s*([\d.]+)\s*mục", navs[0].text)
    assert match, navs[0].text
    return number(match.group(1))


def follow_tile(driver, home, label, heading=None):
    """Clicks a counter on the home page; the list it opens has exactly as many rows as it said."""
    driver.get(home)
    count, _ = tiles(driver)[label]
    go(driver, driver.find_element(By.LINK_TEXT, label))
    listed = total_after(driver, heading)
    assert listed == count, f"“{label}” says {count}, its list has {listed}"
    return count


def test_leader_sees_who_is_behind(demo, browser):
    login(browser, demo.url, "lanhdao")
    home = browser.current_url
    assert "Đơn vị nào đang chậm?" in browser.page_source
    shoot(browser, "lanh-dao-01-tong-quan")
    counters = tiles(browser)
    assert {"Nhiệm vụ quá hạn", "Đơn quá hạn giải quyết"} <= set(counters), counters
    for label in counters:
        follow_tile(browser, home, label, heading="Báo cáo của đơn vị" if "Báo cáo" in label else None)
    shoot(browser, "lanh-dao-02-danh-sach")

    # The units ranked most behind first; each number opens the list of that unit's late items.
    browser.get(home)
    rows = browser.find_elements(By.XPATH, "//h2[starts-with(., 'Đơn vị trực thuộc')]/following::table[1]/tbody/tr")
    assert rows, "the demo has units behind"
    totals = [sum(number(cell.text) for cell in row.find_elements(By.CSS_SELECTOR, "td")[1:]) for row in rows]
    assert totals == sorted(totals, reverse=True), totals
    first = rows[0].find_elements(By.CSS_SELECTOR, "td")
    unit, overdue = first[0].text, number(first[1].text)
    go(browser, first[1].find_element(By.TAG_NAME, "a"))
    assert total_after(browser) == overdue
    units = {cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "table tbody td:first-child")}
    assert units == {unit} or not units, units
    shoot(browser, "lanh-dao-03-don-vi-cham")
    # A leader reads: no form to change anything on the task it opens.
    if browser.find_elements(By.CSS_SELECTOR, "table tbody td a[href*='/phan-cong/']"):
        go(browser, browser.find_element(By.CSS_SELECTOR, "table tbody td a[href*='/phan-cong/']"))
        assert not browser.find_elements(By.ID, "f-progress")


def test_coordinator_reviews_returns_and_chases(demo, browser):
    login(browser, demo.url, "noivu.huongtra")
    home = browser.current_url
    assert "Việc cần tôi xử lý" in browser.page_source
    shoot(browser, "noi-vu-01-tong-quan")
    waiting = follow_tile(browser, home, "Báo cáo chờ tôi duyệt", heading="Chờ tôi duyệt")
    assert waiting > 0, "the demo has reports waiting for review"
    shoot(browser, "noi-vu-02-cho-duyet")

    # Open the first report waiting, return it with a reason.
    queue = browser.find_element(By.XPATH, "//h2[@id='cho-duyet']/following::table[1]")
    go(browser, queue.find_element(By.CSS_SELECTOR, "tbody tr a"))
    request_url = browser.current_url
    reason = "Thiếu số liệu hồ sơ đúng hạn của tháng cuối kỳ; đề nghị bổ sung."
    browser.find_element(By.ID, "f-ly_do").send_keys(reason)
    browser.find_element(By.ID, "f-ly_do").find_element(By.XPATH, "ancestor::form").find_element(By.CSS_SELECTOR, "button").click()
    wait_for(browser, "Đã trả lại báo cáo")
    browser.get(request_url)
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Bị trả lại" in page and reason in page
    shoot(browser, "noi-vu-03-tra-lai")
    browser.get(home)
    assert tiles(browser)["Báo cáo chờ tôi duyệt"][0] == waiting - 1

    # Units late with their reports, and sub-plans not made: each counter opens its list.
    follow_tile(browser, home, "Báo cáo quá hạn chưa nộp (cả đơn vị trực thuộc)", heading="Báo cáo của đơn vị")
    shoot(browser, "noi-vu-04-bao-cao-qua-han")
    follow_tile(browser, home, "Kế hoạch cấp dưới quá hạn chưa có")
    shoot(browser, "noi-vu-05-ke-hoach-con-thieu")
    follow_tile(browser, home, "Nhiệm vụ quá hạn")


def test_officer_marks_a_task_done_and_files_a_report(demo, browser):
    year = str(today().year + 1)
    # Set-up: the coordinator lays out next year's 6-month reports, so the unit has one to fill.
    login(browser, demo.url, "noivu.huongtra")
    browser.get(demo.url + "/bao-cao")
    rows = [row for row in browser.find_elements(By.XPATH, "//tr[.//a[contains(@href, '/bao-cao/che-do/')]]")
            if "389/KH-UBND" in row.text and "6 tháng" in row.text and "ngày 20 tháng 5" in row.text]
    go(browser, rows[0].find_element(By.CSS_SELECTOR, "a[href*='/bao-cao/che-do/']"))
    field = browser.find_element(By.ID, "f-nam")
    field.clear()
    field.send_keys(year)
    field.find_element(By.XPATH, "ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(browser, "yêu cầu báo cáo cho năm " + year)

    login(browser, demo.url, "canbo.pnv")
    home = browser.current_url
    assert "Việc của đơn vị tôi" in browser.page_source
    shoot(browser, "can-bo-01-tong-quan")
    for label in tiles(browser):
        follow_tile(browser, home, label, heading="Báo cáo của đơn vị" if "Báo cáo" in label else None)

    # My tasks: open one not yet done, mark it done. Without a note or evidence it is refused.
    browser.get(demo.url + "/viec-can-lam?loai=phan-cong")
    Select(browser.find_element(By.ID, "f-trang-thai")).select_by_visible_text("Chưa thực hiện")
    go(browser, browser.find_element(By.ID, "f-trang-thai").find_element(By.XPATH, "ancestor::form").find_element(By.CSS_SELECTOR, "button"))
    shoot(browser, "can-bo-02-viec-can-lam")
    go(browser, browser.find_element(By.CSS_SELECTOR, "table tbody tr a[href*='/phan-cong/']"))
    task_url = browser.current_url
    Select(browser.find_element(By.ID, "f-status")).select_by_visible_text("Hoàn thành")
    browser.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    wait_for(browser, "hãy ghi nội dung đã thực hiện hoặc đính kèm tệp minh chứng")
    assert "Hoàn thành" not in browser.find_element(By.CSS_SELECTOR, ".facts").text
    Select(browser.find_element(By.ID, "f-status")).select_by_visible_text("Hoàn thành")
    note = "Đã ban hành văn bản hướng dẫn số 112/PNV ngày hôm nay, gửi các xã, phường."
    browser.find_element(By.ID, "f-note").send_keys(note)
    browser.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    wait_for(browser, "nhiệm vụ hoàn thành (100%)")
    browser.get(task_url)
    facts = browser.find_element(By.CSS_SELECTOR, ".facts").text
    assert "Trạng thái\nHoàn thành" in facts and "100%" in facts, facts
    assert note in browser.find_element(By.TAG_NAME, "main").text
    shoot(browser, "can-bo-03-hoan-thanh")

    # My report: find it with the filter, type the text and figures, save a draft, submit, read back what was stored.
    browser.get(demo.url + "/bao-cao")
    Select(browser.find_element(By.ID, "f-tinh_trang")).select_by_visible_text("Chưa nộp")
    browser.find_element(By.ID, "f-ky").send_keys(year + "-6T")
    go(browser, browser.find_element(By.ID, "f-ky").find_element(By.XPATH, "ancestor::form").find_element(By.CSS_SELECTOR, "button"))
    go(browser, browser.find_element(By.PARTIAL_LINK_TEXT, f"6 tháng đầu năm {year}"))
    report_url = browser.current_url
    shoot(browser, "can-bo-04-bao-cao")
    for field in browser.find_elements(By.CSS_SELECTOR, "input[name^='so_lieu[']"):
        field.clear()
        field.send_keys("3")
    figures = {"hs_nhan": "120", "hs_dung_han": "117"}
    for code, value in figures.items():
        field = browser.find_element(By.NAME, f"so_lieu[{code}]")
        field.clear()
        field.send_keys(value)
    sections = browser.find_elements(By.CSS_SELECTOR, "textarea[name^='noi_dung[']")
    assert sections, "the report has text sections"
    texts = [f"Phần {index + 1}: đã tổ chức {index + 2} hội nghị đối thoại với Nhân dân." for index in range(len(sections))]
    for section, text in zip(sections, texts):
        section.send_keys(text)
    browser.find_element(By.CSS_SELECTOR, "button[value=luu]").click()
    wait_for(browser, "Đã lưu bản nháp.")
    browser.get(report_url)
    stored = [area.get_attribute("value") for area in browser.find_elements(By.CSS_SELECTOR, "textarea[name^='noi_dung[']")]
    assert stored == texts, stored
    assert browser.find_element(By.NAME, "so_lieu[hs_dung_han]").get_attribute("value") == "117"
    browser.find_element(By.CSS_SELECTOR, "button[value=nop]").click()
    wait_for(browser, "Đã nộp báo cáo")
    browser.get(report_url)
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Chờ duyệt" in page
    for text in texts:
        assert text in page, text
    assert not browser.find_elements(By.CSS_SELECTOR, "button[value=nop]"), "a submitted report is not editable"
    shoot(browser, "can-bo-05-da-nop")


def test_commune_official_records_progress_on_its_tasks(demo, browser):
    """A commune's morning: its own tasks and reports, each counter opening exactly its list; progress on a task is
    typed, saved and read back."""
    login(browser, demo.url, "xa.tuha")
    home = browser.current_url
    assert "Việc của đơn vị tôi" in browser.page_source
    shoot(browser, "xa-01-tong-quan")
    for label in tiles(browser):
        follow_tile(browser, home, label, heading="Báo cáo của đơn vị" if "Báo cáo" in label else None)

    browser.get(demo.url + "/viec-can-lam?loai=phan-cong")
    shoot(browser, "xa-02-viec-can-lam")
    go(browser, browser.find_element(By.CSS_SELECTOR, "table tbody tr a[href*='/phan-cong/']"))
    task_url = browser.current_url
    assert "Phường Tứ Hạ" in browser.find_element(By.TAG_NAME, "main").text
    Select(browser.find_element(By.ID, "f-status")).select_by_visible_text("Đang thực hiện")
    progress = browser.find_element(By.ID, "f-progress")
    progress.clear()
    progress.send_keys("40")
    note = "Đã họp dân ở 4 tổ dân phố, tiếp nhận 12 ý kiến."
    browser.find_element(By.ID, "f-note").send_keys(note)
    browser.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    wait_for(browser, "Đã cập nhật tiến độ.")
    browser.get(task_url)
    facts = browser.find_element(By.CSS_SELECTOR, ".facts").text
    assert "40%" in facts, facts
    assert note in browser.find_element(By.TAG_NAME, "main").text
    shoot(browser, "xa-03-tien-do")


def test_inspector_takes_denunciations_first(demo, browser):
    login(browser, demo.url, "thanhtra")
    home = browser.current_url
    assert "Đơn thư cần xử lý" in browser.page_source
    shoot(browser, "thanh-tra-01-tong-quan")
    for label in tiles(browser):
        follow_tile(browser, home, label)
    overdue = follow_tile(browser, home, "Đơn quá hạn giải quyết")
    assert overdue > 0, "the demo has an overdue denunciation"
    shoot(browser, "thanh-tra-02-qua-han")
    kinds = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "table tbody tr td:nth-child(4)")]
    denunciations = [index for index, kind in enumerate(kinds) if "Tố cáo" in kind]
    assert denunciations and denunciations == list(range(len(denunciations))), f"tố cáo first: {kinds}"

    # Advance the denunciation: start resolving it; the page then says so, and the history records it by name.
    go(browser, browser.find_element(By.CSS_SELECTOR, "table tbody tr a"))
    petition_url = browser.current_url
    browser.find_element(By.CSS_SELECTOR, "form[action$='/bat-dau'] button[type=submit]").click()
    wait_for(browser, "Đơn đang được giải quyết.")
    browser.get(petition_url)
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Đang giải quyết" in main and "Phạm Văn Đức" in main
    shoot(browser, "thanh-tra-03-dang-giai-quyet")

    # Assign a new kiến nghị to a unit typed by name, then accept it: its handler and due date are shown.
    browser.get(demo.url + "/don-thu?ds=tat-ca")
    browser.find_element(By.ID, "f-q").send_keys("duong kiet sat lo")
    go(browser, browser.find_element(By.ID, "f-q").find_element(By.XPATH, "ancestor::form").find_element(By.CSS_SELECTOR, "button"))
    go(browser, browser.find_element(By.XPATH, "//tr[contains(., 'Kiến nghị sửa chữa đường kiệt')]//a"))
    petition_url = browser.current_url
    form = browser.find_element(By.CSS_SELECTOR, "form[action$='/phan-loai']")
    Select(form.find_element(By.ID, "f-field")).select_by_index(1)
    Select(form.find_element(By.ID, "f-competence")).select_by_visible_text("Thuộc thẩm quyền")
    unit = form.find_element(By.ID, "f-unit")
    unit.clear()
    unit.send_keys("tu phap huong tra")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(browser, "Đã lưu phân loại đơn.")
    browser.find_element(By.CSS_SELECTOR, "form[action$='/thu-ly'] button[type=submit]").click()
    wait_for(browser, "Đã thụ lý đơn; hạn giải quyết")
    browser.get(petition_url)
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Phòng Tư pháp" in main and "Đã thụ lý" in main, main
    assert re.search(r"Giải quyết\s+\d{2}/\d{2}/\d{4}", main), main
    shoot(browser, "thanh-tra-04-giao-don-vi")


def test_citizen_files_tracks_and_reads_the_commune_board(demo, browser):
    browser.get(demo.url + "/cong-dan")
    assert "Lịch tiếp công dân" in browser.title
    assert "Ủy ban nhân dân" in browser.find_element(By.TAG_NAME, "main").text
    shoot(browser, "cong-dan-01-lich-tiep")
    go(browser, browser.find_element(By.LINK_TEXT, "Gửi kiến nghị, phản ánh"))
    Select(browser.find_element(By.ID, "f-unit_id")).select_by_visible_text("Phường Hương Chữ")
    Select(browser.find_element(By.ID, "f-kind")).select_by_visible_text("Kiến nghị")
    subject = "Đề nghị lắp đèn chiếu sáng kiệt 12 tổ dân phố 3"
    browser.find_element(By.ID, "f-subject").send_keys(subject)
    browser.find_element(By.ID, "f-content").send_keys("Kiệt 12 không có đèn, buổi tối người dân đi lại khó khăn.")
    browser.find_element(By.ID, "f-citizen_name").send_keys("Trần Thị Mai")
    browser.find_element(By.ID, "f-citizen_phone").send_keys("0905123456")
    shoot(browser, "cong-dan-02-gui-don")
    time.sleep(3.2)  # the anti-robot check refuses forms sent within 3 seconds of being shown
    browser.find_element(By.CSS_SELECTOR, "form[method=post] button[type=submit]").click()
    code = browser.find_element(By.CLASS_NAME, "tracking-code").text
    assert code.startswith("DV-"), browser.page_source

    # Tracking by code says who handles it and by when an answer is due; nothing personal is shown.
    browser.get(demo.url + "/cong-dan/tra-cuu")
    browser.find_element(By.ID, "f-ma").send_keys(code)
    go(browser, browser.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    wait_for(browser, "Đơn " + code)
    facts = browser.find_element(By.TAG_NAME, "main").text
    assert "Cơ quan xử lý" in facts and "Phường Hương Chữ" in facts, facts
    assert re.search(r"Hạn trả lời\s+\d{2}/\d{2}/\d{4}", facts), facts
    assert "Trần Thị Mai" not in browser.page_source
    assert "Ủy ban nhân dân phường Hương Chữ" in facts, "the page says who runs it"
    shoot(browser, "cong-dan-03-tra-cuu")

    # The commune's public board: found by a name typed without diacritics; what is posted, and since when.
    browser.get(demo.url + "/cong-khai")
    search = browser.find_element(By.ID, browser.find_element(By.XPATH, "//label[starts-with(., 'Tên xã, phường')]").get_attribute("for"))
    search.send_keys("huong chu")
    go(browser, search.find_element(By.XPATH, "ancestor::form").find_element(By.CSS_SELECTOR, "button"))
    go(browser, browser.find_element(By.LINK_TEXT, "Phường Hương Chữ"))
    wait_for(browser, "Thông tin công khai — Phường Hương Chữ")
    board = browser.find_element(By.TAG_NAME, "main").text
    assert "Quy chế thực hiện dân chủ ở Phường Hương Chữ" in board and "Đang niêm yết" in board
    shoot(browser, "cong-dan-04-cong-khai")
    go(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Quy chế thực hiện dân chủ"))
    assert "Toàn văn được niêm yết" in browser.find_element(By.TAG_NAME, "main").text
    shoot(browser, "cong-dan-05-thong-tin")

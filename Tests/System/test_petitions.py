"""A citizen files a kiến nghị on the public form and follows it by tracking code while the inspectorate
classifies, accepts and resolves it — in a real Chromium against `danvan demo`. Screenshots go to .artifacts/."""
import io
import os
import time
import urllib.request
import xml.etree.ElementTree as ElementTree
import zipfile

from selenium.webdriver.common.by import By

from conftest import wait_for
from selenium.webdriver.support.ui import Select

from test_browser import chromium, shot  # noqa: F401  (fixture)

INJECTION = "<script>window.__xss = 1</script>"


def submit(driver, action_suffix):
    driver.find_element(By.CSS_SELECTOR, f"form[action$='{action_suffix}'] button[type=submit]").click()


def test_public_petition_through_to_its_answer(servers, scratch_dir, chromium):  # noqa: F811
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()

    chromium.get(demo.url + "/cong-dan")
    assert "Lịch tiếp công dân" in chromium.title
    wait_for(chromium, "Thị xã Hương Trà")
    chromium.find_element(By.LINK_TEXT, "Gửi kiến nghị, phản ánh").click()
    Select(chromium.find_element(By.ID, "f-unit_id")).select_by_visible_text("Thị xã Hương Trà")
    Select(chromium.find_element(By.ID, "f-kind")).select_by_visible_text("Phản ánh")
    chromium.find_element(By.ID, "f-subject").send_keys(INJECTION + "Đường kiệt tổ 7 bị sạt lở")
    chromium.find_element(By.ID, "f-content").send_keys("Mưa lớn làm sạt lở đường kiệt, người dân đi lại nguy hiểm.")
    chromium.find_element(By.ID, "f-citizen_name").send_keys("Võ Thị Kín Đáo")
    chromium.find_element(By.ID, "f-citizen_phone").send_keys("0905999888")
    shot(chromium, "citizens-01-gui-don")
    time.sleep(3.2)  # the anti-robot check refuses forms sent within 3 seconds of being shown
    chromium.find_element(By.CSS_SELECTOR, "form[method=post] button[type=submit]").click()
    code = chromium.find_element(By.CLASS_NAME, "tracking-code").text
    assert code.startswith("DV-"), chromium.page_source
    assert "Võ Thị Kín Đáo" not in chromium.page_source
    shot(chromium, "citizens-02-ma-tra-cuu")

    chromium.get(demo.url + "/cong-dan/tra-cuu")
    chromium.find_element(By.ID, "f-ma").send_keys(code.lower())
    chromium.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(chromium, "Cơ quan đã nhận đơn của bạn")

    chromium.get(demo.url + "/dang-nhap")
    chromium.find_element(By.ID, "f-username").send_keys("thanhtra")
    chromium.find_element(By.ID, "f-password").send_keys("danvan2026")
    chromium.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    chromium.find_element(By.LINK_TEXT, "Đơn thư").click()
    chromium.find_element(By.LINK_TEXT, code).click()
    wait_for(chromium, "Võ Thị Kín Đáo")
    assert chromium.execute_script("return window.__xss") is None
    shot(chromium, "citizens-03-don")

    Select(chromium.find_element(By.ID, "f-field")).select_by_visible_text("Khác")
    submit(chromium, "/phan-loai")
    wait_for(chromium, "Đã lưu phân loại đơn.")
    submit(chromium, "/thu-ly")
    wait_for(chromium, "Đã thụ lý đơn")
    submit(chromium, "/bat-dau")
    chromium.find_element(By.ID, "f-resolution").send_keys("UBND thị xã đã giao Phòng Quản lý đô thị khắc phục trong tháng.")
    submit(chromium, "/giai-quyet")
    wait_for(chromium, "Đã ghi nhận kết quả giải quyết.")
    assert chromium.execute_script("return window.__xss") is None
    shot(chromium, "citizens-04-da-giai-quyet")

    # The statistics export is a well-formed spreadsheet package that counts this petition.
    cookie = chromium.get_cookie("danvan_session")["value"]
    request = urllib.request.Request(demo.url + "/don-thu/thong-ke.xlsx", headers={"Cookie": "danvan_session=" + cookie})
    with urllib.request.urlopen(request) as response:
        package = zipfile.ZipFile(io.BytesIO(response.read()))
    sheet = ElementTree.fromstring(package.read("xl/worksheets/sheet1.xml"))
    texts = [node.text for node in sheet.iter("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}t")]
    assert "Loại: Phản ánh" in texts, texts

    chromium.get(demo.url + "/cong-dan/tra-cuu?ma=" + code)
    wait_for(chromium, "Đơn đã được giải quyết.")
    wait_for(chromium, "giao Phòng Quản lý đô thị khắc phục")
    assert "Võ Thị Kín Đáo" not in chromium.page_source
    shot(chromium, "citizens-05-tra-cuu")

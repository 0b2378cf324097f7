"""A real Chromium drives the demo: login → dashboard → diacritic-free unit search. Screenshots go to .artifacts/."""
import os
import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from conftest import ARTIFACTS, wait_for


@pytest.fixture
def chromium():
    if not shutil.which("chromium") or not shutil.which("chromedriver"):
        pytest.fail("chromium and chromium-driver are required (scripts/test installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def shot(driver, name):
    os.makedirs(os.path.join(ARTIFACTS, "screenshots"), exist_ok=True)
    driver.save_screenshot(os.path.join(ARTIFACTS, "screenshots", name + ".png"))


def test_login_dashboard_and_unit_search(servers, scratch_dir, chromium):
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()

    chromium.get(demo.url + "/")
    assert "Đăng nhập" in chromium.title
    assert chromium.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    shot(chromium, "01-dang-nhap")

    # Labels are tied to their inputs, so the form can be filled by label.
    username = chromium.find_element(By.ID, chromium.find_element(By.XPATH, "//label[starts-with(., 'Tên đăng nhập')]").get_attribute("for"))
    username.send_keys("noivu.hue")
    chromium.find_element(By.ID, "f-password").send_keys("danvan2026")
    chromium.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(chromium, "Xin chào, Nguyễn Thị Hoa")
    shot(chromium, "02-tong-quan")

    chromium.find_element(By.LINK_TEXT, "Đơn vị").click()
    search = chromium.find_element(By.ID, "q")
    search.send_keys("hue")
    search.submit()
    wait_for(chromium, "Kết quả tìm")
    names = [cell.text for cell in chromium.find_elements(By.CSS_SELECTOR, "table tbody td:nth-child(2)")]
    assert any("Huế" in name for name in names), names
    shot(chromium, "03-tim-hue")

    chromium.find_element(By.LINK_TEXT, next(name for name in names if "Huế" in name)).click()
    wait_for(chromium, "Đơn vị trực thuộc")
    shot(chromium, "04-don-vi")


def test_pages_work_without_javascript_and_print(servers, scratch_dir, chromium):
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()
    chromium.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    chromium.get(demo.url + "/dang-nhap")
    chromium.find_element(By.ID, "f-username").send_keys("quantri")
    chromium.find_element(By.ID, "f-password").send_keys("danvan2026")
    chromium.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(chromium, "Xin chào")
    chromium.get(demo.url + "/khong-co-trang-nay")
    wait_for(chromium, "Không tìm thấy trang")
    chromium.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    chromium.get(demo.url + "/don-vi")
    nav_visible = chromium.find_element(By.CSS_SELECTOR, ".site-header nav").is_displayed()
    assert not nav_visible
    shot(chromium, "05-ban-in")

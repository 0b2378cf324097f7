"""The "Dân vận khéo" registry end to end in a real Chromium against `danvan demo` (issue 16): a commune's model is
registered in answer to the town's registration drive, gets a result update with a photo, is launched, reviewed and
recognised at district level, is replicated by another commune's officer, and is found on the public showcase without
signing in. Screenshots go to .artifacts/."""
import os
import struct
import zlib

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import run_danvan, wait_for
from test_browser import chromium, shot  # noqa: F401  (fixture)

NAME = "Bữa cơm nghĩa tình cho người già neo đơn"


def tiny_png(path):
    """A valid 2×2 PNG, written without any imaging library."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xcc\x33\x33" * 2 for _ in range(2))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)
    return path


def submit(driver, action_suffix):
    driver.find_element(By.CSS_SELECTOR, f"form[action$='{action_suffix}'] button[type=submit]").click()


def login(driver, url, username, password="danvan2026"):
    driver.delete_all_cookies()
    driver.get(url + "/dang-nhap")
    driver.find_element(By.ID, "f-username").send_keys(username)
    driver.find_element(By.ID, "f-password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    # The next step navigates away at once: wait for the signed-in home, or the sign-in may still be under way.
    wait_for(driver, "Xin chào")


def fill(driver, field_id, text):
    element = driver.find_element(By.ID, field_id)
    element.clear()
    element.send_keys(text)


def test_model_from_drive_to_public_showcase(servers, scratch_dir, chromium):  # noqa: F811
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()
    run_danvan(["user", "add", "canbo.huongbinh", "--name", "Lê Văn Bình", "--role", "can_bo_don_vi", "--unit", "20026",
                "--password", "Mat-khau-Huong-Binh-2026"], env)
    run_danvan(["user", "add", "canbo.huongtoan", "--name", "Hồ Thị Toàn", "--role", "can_bo_don_vi", "--unit", "20005",
                "--password", "Mat-khau-Huong-Toan-2026"], env)

    # The town's drive lists Xã Hương Bình among the units that have not registered.
    login(chromium, demo.url, "canbo.huongbinh", "Mat-khau-Huong-Binh-2026")
    chromium.find_element(By.LINK_TEXT, "Dân vận khéo").click()
    chromium.find_element(By.LINK_TEXT, "Đợt đăng ký").click()
    chromium.find_element(By.PARTIAL_LINK_TEXT, "Đăng ký xây dựng mô hình").click()
    wait_for(chromium, "Xã Hương Bình")
    assert "Quá hạn, chưa đăng ký" in chromium.page_source
    shot(chromium, "exemplars-01-dot-dang-ky")
    chromium.find_element(By.LINK_TEXT, "Đăng ký mô hình theo đợt này").click()

    Select(chromium.find_element(By.ID, "f-field")).select_by_visible_text("Văn hóa – xã hội")
    fill(chromium, "f-sub_topic", "An sinh xã hội")
    fill(chromium, "f-name", NAME)
    fill(chromium, "f-problem", "Nhiều cụ già sống một mình, bữa ăn thiếu thốn.")
    fill(chromium, "f-goals", "30 cụ có bữa trưa mỗi ngày trong năm.")
    fill(chromium, "f-methods", "Hội Phụ nữ vận động các hộ góp gạo, rau; đoàn viên nấu và mang cơm tới nhà.")
    fill(chromium, "f-place", "Các thôn của xã Hương Bình")
    chromium.find_element(By.CSS_SELECTOR, "form[action$='/dang-ky'] button[type=submit]").click()
    wait_for(chromium, "Đã đăng ký mô hình")
    assert "đăng ký muộn" in chromium.page_source  # the drive's deadline has passed: accepted, marked late
    shot(chromium, "exemplars-02-da-dang-ky")

    Select(chromium.find_element(By.ID, "f-step")).select_by_visible_text("Triển khai")
    submit(chromium, "/buoc")
    wait_for(chromium, "Đã ghi nhận.")
    fill(chromium, "f-households", "30")
    fill(chromium, "f-money_vnd", "15000000")
    chromium.find_element(By.ID, "f-file").send_keys(tiny_png(os.path.join(scratch_dir, "bua-com.png")))
    submit(chromium, "/cap-nhat")
    wait_for(chromium, "Đã lưu cập nhật kết quả.")
    assert "30 hộ tham gia" in chromium.page_source
    assert chromium.find_element(By.CSS_SELECTOR, "img[src*='/dan-van-kheo/tep/']").get_attribute("naturalWidth") == "2"
    Select(chromium.find_element(By.ID, "f-step")).select_by_visible_text("Rà soát: Hiệu quả (loại tốt)")
    submit(chromium, "/buoc")
    wait_for(chromium, "Hiệu quả (loại tốt)")
    model_url = chromium.current_url
    shot(chromium, "exemplars-03-cap-nhat-ra-soat")

    # The town's coordinator recognises it at district level.
    login(chromium, demo.url, "noivu.huongtra")
    chromium.get(model_url)
    Select(chromium.find_element(By.ID, "f-level")).select_by_visible_text("Cấp huyện")
    fill(chromium, "f-decision_number", "215/QĐ-UBND")
    submit(chromium, "/cong-nhan")
    wait_for(chromium, "Đã công nhận mô hình.")
    assert "Công nhận cấp huyện: quyết định số 215/QĐ-UBND" in chromium.page_source
    shot(chromium, "exemplars-04-cong-nhan")

    # Another commune replicates it, finding the original by name typed without diacritics.
    login(chromium, demo.url, "canbo.huongtoan", "Mat-khau-Huong-Toan-2026")
    chromium.get(demo.url + "/dan-van-kheo/dang-ky")
    Select(chromium.find_element(By.ID, "f-field")).select_by_visible_text("Văn hóa – xã hội")
    fill(chromium, "f-name", "Bếp ăn nghĩa tình Hương Toàn")
    fill(chromium, "f-problem", "Người già neo đơn thiếu bữa ăn.")
    fill(chromium, "f-goals", "20 cụ có bữa trưa.")
    fill(chromium, "f-methods", "Học cách làm của xã Hương Bình.")
    fill(chromium, "f-replicates", "bua com nghia tinh")
    chromium.find_element(By.CSS_SELECTOR, "form[action$='/dang-ky'] button[type=submit]").click()
    wait_for(chromium, "Đã đăng ký mô hình")
    assert NAME in chromium.page_source
    chromium.find_element(By.LINK_TEXT, NAME).click()
    wait_for(chromium, "Nơi đã nhân rộng")
    assert "Bếp ăn nghĩa tình Hương Toàn" in chromium.page_source
    assert chromium.find_elements(By.CSS_SELECTOR, "figure.chart svg")
    shot(chromium, "exemplars-05-nhan-rong")

    # Without an account: the showcase finds it, with its photo, by a search without diacritics.
    chromium.delete_all_cookies()
    chromium.get(demo.url + "/cong-dan/dan-van-kheo?q=nghia%20tinh%20nguoi%20gia")
    chromium.find_element(By.LINK_TEXT, NAME).click()
    wait_for(chromium, "Cấp huyện")
    assert "Đăng nhập" not in chromium.title
    assert chromium.find_element(By.CSS_SELECTOR, "img[src*='/cong-dan/dan-van-kheo/anh/']").get_attribute("naturalWidth") == "2"
    shared = chromium.current_url
    chromium.delete_all_cookies()
    chromium.get(shared)
    wait_for(chromium, NAME)
    shot(chromium, "exemplars-06-cong-khai")

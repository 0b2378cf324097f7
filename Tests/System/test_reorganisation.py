"""The 2025 reorganisation end to end in a real Chromium against `danvan demo` (issue 14): an administrator uploads the
official conversion table, previews it (errors, the default agency mapping to confirm), applies it; assigns the open
items of a split commune to one of its successors; finds the new ward by an old commune's name; a user of the closed
town is told so at sign-in and the administrator moves the account in one step. Screenshots go to .artifacts/."""
import os

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import click_and_wait, wait_for
from test_browser import chromium, shot  # noqa: F401  (fixture)
from test_exemplars import login

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")

# Hương Trà's closing communes also lose a part to another new ward: each becomes a split commune, so the demo's
# open work there waits for a person (the shipped table has no split commune in Huế).
EXTRA = [
    "20005,480,46,19996,46,partial",  # Xã Hương Toàn: whole → Phường Kim Trà, part → Phường Hương Trà
    "20008,480,46,20017,46,partial",
    "20011,480,46,20017,46,partial",
    "20020,480,46,19996,46,partial",
    "20026,480,46,19996,46,partial",
    "20041,480,46,19996,46,partial",
]


def waiting(driver):
    """The number of split communes' items still waiting, read off the page."""
    text = driver.find_element(By.XPATH, "//p[starts-with(normalize-space(), 'Còn ')]").text
    return int(text.split()[1].replace(".", ""))


def test_reorganise_assign_split_work_and_find_by_old_name(servers, scratch_dir, chromium):  # noqa: F811
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()
    table = os.path.join(scratch_dir, "bang-chuyen-doi.csv")
    with open(os.path.join(ROOT, "data", "vn-admin-units-2025-from-2024.csv"), encoding="utf-8") as f:
        text = f.read()
    with open(table, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n" + "\n".join(EXTRA) + "\n")

    # Upload → preview: the ten codes of the table the 2024 list lacks are only left aside when asked to.
    login(chromium, demo.url, "quantri")
    chromium.get(demo.url + "/don-vi/to-chuc-lai")
    chromium.find_element(By.ID, "f-table").send_keys(table)
    chromium.find_element(By.ID, "f-skip_unknown-1").click()
    chromium.find_element(By.CSS_SELECTOR, "form[action$='/xem-truoc'] button[type=submit]").click()
    wait_for(chromium, "Xem trước (chưa áp dụng)", timeout=300)
    # Hương Trà's agencies have open work and no mapping yet: refused, with the default mapping offered to confirm.
    refused = "chưa thể áp dụng" in chromium.page_source
    assert refused
    mapping = chromium.find_element(By.ID, "f-agencies_text").get_attribute("value")
    assert "480.PNV,46.SNV" in mapping
    shot(chromium, "reorganisation-01-xem-truoc")
    click_and_wait(chromium, "//button[normalize-space()='Xem trước lại']", "Xem trước (chưa áp dụng)")
    still_refused = "chưa thể áp dụng" in chromium.page_source
    assert not still_refused

    # Applying asks for the mapping to be confirmed first.
    click_and_wait(chromium, "//button[normalize-space()='Áp dụng']", "Tôi đã xem lại ánh xạ cơ quan” trước khi áp dụng")
    chromium.find_element(By.ID, "f-confirm-1").click()
    click_and_wait(chromium, "//button[normalize-space()='Áp dụng']", "Đã tổ chức lại")
    applied = "xã bị chia tách" in chromium.page_source
    assert applied
    shot(chromium, "reorganisation-02-da-ap-dung")

    # The split communes' open items: give the first to its non-default successor, the rest by default. An item its
    # successor already has (the same task sent to every commune) cannot move and is named in the refusal.
    chromium.get(demo.url + "/don-vi/to-chuc-lai/xa-chia-tach")
    wait_for(chromium, "Việc đang mở của xã bị chia tách")
    before = waiting(chromium)
    selects = chromium.find_elements(By.CSS_SELECTOR, "form select")
    assert before > 0 and selects, "the demo's Hương Trà communes have open work"
    first = Select(selects[0])
    other = [o.text for o in first.options if "(mặc định)" not in o.text]
    first.select_by_visible_text(other[0])
    shot(chromium, "reorganisation-03-xa-chia-tach")
    click_and_wait(chromium, "//button[normalize-space()='Giao theo lựa chọn trên trang']", "Đã giao")
    after_page = waiting(chromium)
    assert after_page < before
    if chromium.find_elements(By.XPATH, "//button[normalize-space()='Giao tất cả theo mặc định']"):
        click_and_wait(chromium, "//button[normalize-space()='Giao tất cả theo mặc định']", "Đã giao")
    left = waiting(chromium)
    assert left <= after_page
    if left:
        named = "đã có việc cùng kỳ hoặc cùng nhiệm vụ" in chromium.page_source
        assert named

    # Typing an old commune's name finds the ward it went into.
    chromium.get(demo.url + "/don-vi?q=" + "huong toan")
    wait_for(chromium, "Phường Kim Trà")
    shot(chromium, "reorganisation-04-tim-ten-cu")

    # A user of the closed town is told at sign-in; the administrator moves the account in one step.
    login(chromium, demo.url, "noivu.huongtra")
    told = "đã giải thể" in chromium.page_source
    assert told
    login(chromium, demo.url, "quantri")
    chromium.get(demo.url + "/don-vi/to-chuc-lai")
    click_and_wait(chromium, "//tr[contains(., 'noivu.huongtra')]//button", "Đã chuyển tài khoản noivu.huongtra")

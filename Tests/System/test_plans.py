"""A real Chromium: upload a commune's plan → review → create → it appears in the cascade → an assignment update."""
import os

from selenium.webdriver.common.by import By

from conftest import wait_for

from test_browser import chromium, shot  # noqa: F401  (fixture and helper)

COMMUNE_PLAN = """ỦY BAN NHÂN DÂN PHƯỜNG TỨ HẠ

Số: 21/KH-UBND

Tứ Hạ, ngày 10 tháng 02 năm 2024

KẾ HOẠCH

Thực hiện công tác dân vận chính quyền năm 2024

Thực hiện Kế hoạch số 389/KH-UBND ngày 05/02/2024 của UBND thị xã Hương Trà về triển khai thực hiện công tác dân vận chính quyền năm 2024, UBND phường Tứ Hạ ban hành kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức của cán bộ, công chức phường về công tác dân vận chính quyền.

II. NHIỆM VỤ TRỌNG TÂM

1. Tổ chức tuyên truyền, phổ biến đến nhân dân các chủ trương, chính sách của Đảng, pháp luật của Nhà nước.

III. TỔ CHỨC THỰC HIỆN

1. Công chức Văn hóa - Xã hội: tham mưu tổ chức tuyên truyền; định kỳ 6 tháng, một năm báo cáo kết quả về UBND phường.
"""


def login(driver, url, username):
    driver.get(url + "/dang-nhap")
    driver.find_element(By.ID, "f-username").send_keys(username)
    driver.find_element(By.ID, "f-password").send_keys("danvan2026")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(driver, "Xin chào")


def test_upload_review_create_cascade_and_update(servers, scratch_dir, chromium):  # noqa: F811
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()
    plan_file = os.path.join(scratch_dir, "ke-hoach-tu-ha.txt")
    with open(plan_file, "w", encoding="utf-8") as f:
        f.write(COMMUNE_PLAN)

    login(chromium, demo.url, "noivu.huongtra")
    chromium.get(demo.url + "/ke-hoach/tai-len")
    chromium.find_element(By.ID, "f-file").send_keys(plan_file)
    chromium.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    wait_for(chromium, "Xem lại trước khi tạo kế hoạch")
    assert chromium.find_element(By.ID, "f-number").get_attribute("value") == "21/KH-UBND"
    shot(chromium, "10-xem-lai-ke-hoach")
    # Rows whose unit the tree does not know are dropped, as the hint says.
    unit_fields = chromium.find_elements(By.CSS_SELECTOR, "textarea[name$='[units]']")
    # The issuer read from the plan is shown by name with its parent, never as a code.
    assert chromium.find_element(By.ID, "f-issuer").get_attribute("value") == "Phường Tứ Hạ — Thị xã Hương Trà"
    for codes in unit_fields:
        if not codes.get_attribute("value"):
            prefix = codes.get_attribute("name")[: -len("[units]")]
            box = chromium.find_element(By.NAME, prefix + "[include]")
            if box.is_selected():
                box.click()
    parent = chromium.find_element(By.ID, "f-parentPlanID")
    assert "389/KH-UBND" in parent.find_element(By.CSS_SELECTOR, "option:checked").text
    chromium.find_element(By.CSS_SELECTOR, "form.review-form > button[type=submit]").click()
    wait_for(chromium, "Kế hoạch 21/KH-UBND")
    shot(chromium, "11-ke-hoach-moi")

    chromium.find_element(By.PARTIAL_LINK_TEXT, "Kế hoạch 389/KH-UBND").click()
    chromium.find_element(By.PARTIAL_LINK_TEXT, "Cây kế hoạch").click()
    tree = chromium.find_element(By.CSS_SELECTOR, ".plan-tree").text
    assert "21/KH-UBND" in tree
    assert "Chưa có kế hoạch" in tree
    shot(chromium, "12-cay-ke-hoach")

    chromium.find_element(By.CSS_SELECTOR, ".user-box button").click()
    login(chromium, demo.url, "canbo.pnv")
    chromium.get(demo.url + "/viec-can-lam")
    chromium.find_element(By.CSS_SELECTOR, "table tbody tr td a").click()
    progress = chromium.find_element(By.ID, "f-progress")
    progress.clear()
    progress.send_keys("70")
    chromium.find_element(By.ID, "f-note").send_keys("Đã tổ chức 3 buổi tuyên truyền")
    chromium.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    wait_for(chromium, "Đã cập nhật tiến độ.")
    wait_for(chromium, "Đã tổ chức 3 buổi tuyên truyền")
    shot(chromium, "13-cap-nhat-tien-do")


def test_a_unit_is_chosen_by_its_name(servers, scratch_dir, chromium):  # noqa: F811
    """Issue 18: people pick units by name, diacritics optional, in the plan page's one "add a unit" form."""
    from selenium.webdriver.support.ui import Select

    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()
    login(chromium, demo.url, "noivu.huongtra")
    chromium.get(demo.url + "/ke-hoach?q=389")
    chromium.find_element(By.XPATH, "//tr[contains(., '389/KH-UBND')]//a").click()
    assert not chromium.find_elements(By.CSS_SELECTOR, "form#giao-them"), "the form is shown when asked for"
    chromium.find_element(By.LINK_TEXT, "Giao nhiệm vụ cho thêm đơn vị").click()
    forms = chromium.find_elements(By.CSS_SELECTOR, "form#giao-them")
    assert len(forms) == 1, "one add form for the whole page"
    form = forms[0]
    task = Select(form.find_element(By.ID, "f-task_id"))
    task.select_by_index(1)
    # A name that fits several units is refused with the candidates named; nothing is assigned.
    form.find_element(By.ID, "f-don_vi").send_keys("phong")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(chromium, "đơn vị khớp với “phong”")
    shot(chromium, "14-chon-don-vi-nhieu-ket-qua")
    form = chromium.find_element(By.CSS_SELECTOR, "form#giao-them")
    Select(form.find_element(By.ID, "f-task_id")).select_by_index(1)
    form.find_element(By.ID, "f-don_vi").send_keys("tu phap")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(chromium, "Đã giao cho Phòng Tư pháp")
    assert "#nhiem-vu-" in chromium.current_url
    shot(chromium, "15-chon-don-vi-theo-ten")

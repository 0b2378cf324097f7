"""Issue 15 in a real Chromium: Phòng Nội vụ Hương Trà scores itself in the demo's open round (a line computed from its
periodic reports, an evidence file uploaded), the appraisal team changes a line and finalises, the unit objects to it,
the team answers, and the draft decision announcing the results opens in LibreOffice (converted to PDF)."""
import os

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import wait_for
from test_browser import chromium, shot  # noqa: F401  (fixture and helper)
from test_plans import login
from test_reports import download, logout, to_pdf_text


def sheet_rows(driver):
    return [row for row in driver.find_elements(By.CSS_SELECTOR, "table.stacked tbody tr")
            if row.find_elements(By.CSS_SELECTOR, "input[name^='diem_'], input[name^='tham_dinh_']")]


def test_self_assessment_appraisal_objection_results(servers, scratch_dir, chromium):  # noqa: F811
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()
    year = None

    # The unit's officer opens this year's round and its sheet.
    login(chromium, demo.url, "canbo.pnv")
    chromium.get(demo.url + "/cham-diem")
    links = chromium.find_elements(By.PARTIAL_LINK_TEXT, "Đánh giá, xếp loại công tác dân vận chính quyền năm")
    assert len(links) >= 1
    titles = [link.text for link in links]
    year = max(int(title.split()[-1]) for title in titles)
    [link for link in links if link.text.endswith(str(year))][0].click()
    chromium.find_element(By.LINK_TEXT, "Phiếu chấm điểm của đơn vị bạn").click()
    wait_for(chromium, "Phiếu chấm điểm: Phòng Nội vụ")
    sheet_url = chromium.current_url
    page = chromium.find_element(By.TAG_NAME, "main").text
    assert "DanVan tính" in page and "báo cáo định kỳ" in page, "the reports line shows its computed value and source"
    shot(chromium, "scoring-01-phieu")

    # Evidence first (a separate form), then the points.
    evidence = os.path.join(scratch_dir, "ke-hoach-dan-van.txt")
    with open(evidence, "w", encoding="utf-8") as f:
        f.write("Kế hoạch công tác dân vận chính quyền của Phòng Nội vụ\n")
    Select(chromium.find_element(By.ID, "f-dong")).select_by_index(0)
    chromium.find_element(By.ID, "f-tep").send_keys(evidence)
    chromium.find_element(By.XPATH, "//button[normalize-space()='Tải lên']").click()
    wait_for(chromium, "Đã đính kèm tài liệu kiểm chứng")
    assert chromium.find_elements(By.PARTIAL_LINK_TEXT, "ke-hoach-dan-van.txt")

    # One of the unit's DanVan records linked as evidence, then taken off again: the sheet keeps no link to it.
    def linked_titles():
        return [o.text for field in chromium.find_elements(By.ID, "f-lien_ket") for o in Select(field).options]
    before = linked_titles()
    Select(chromium.find_element(By.ID, "f-dong_lien_ket")).select_by_index(0)
    record = Select(chromium.find_element(By.ID, "f-ban_ghi"))
    record.select_by_index(0)
    title = record.first_selected_option.text
    chromium.find_element(By.XPATH, "//button[normalize-space()='Gắn liên kết']").click()
    wait_for(chromium, "Đã gắn liên kết tới bản ghi DanVan")
    after_link = linked_titles()
    assert len(after_link) == len(before) + 1 and any(title in text for text in after_link), after_link
    added = [text for text in after_link if text not in before][0]
    Select(chromium.find_element(By.ID, "f-lien_ket")).select_by_visible_text(added)
    chromium.find_element(By.XPATH, "//button[normalize-space()='Gỡ liên kết']").click()
    wait_for(chromium, "Đã gỡ liên kết khỏi phiếu")
    assert linked_titles() == before

    # Points above a maximum are refused with the reason, keeping what was typed.
    first = sheet_rows(chromium)[0].find_element(By.CSS_SELECTOR, "input[name^='diem_']")
    first_name = first.get_attribute("name")
    first.clear()
    first.send_keys("99")
    chromium.find_element(By.XPATH, "//button[normalize-space()='Lưu nháp']").click()
    wait_for(chromium, "không chấm 99 điểm")
    assert chromium.find_element(By.NAME, first_name).get_attribute("value") == "99"

    for row in sheet_rows(chromium):
        field = row.find_element(By.CSS_SELECTOR, "input[name^='diem_']")
        text = row.text
        maximum = row.find_element(By.CSS_SELECTOR, "td[data-label='Tối đa']").text.strip()
        field.clear()
        if "DanVan tính:" in text and "DanVan tính: —" not in text:
            continue  # keep the computed value
        field.send_keys("0" if ("Điểm trừ" in text or "DanVan tính" in text) else maximum)
    chromium.find_element(By.XPATH, "//button[contains(., 'Nộp phiếu')]").click()
    wait_for(chromium, "Đã nộp phiếu")
    assert "Đã nộp, chờ thẩm định" in chromium.find_element(By.TAG_NAME, "main").text
    logout(chromium)

    # The appraisal team (Sở Nội vụ) takes a point off line 1.1 with a reason, then finalises.
    login(chromium, demo.url, "noivu.hue")
    chromium.get(sheet_url)
    row = sheet_rows(chromium)[0]
    appraised = row.find_element(By.CSS_SELECTOR, "input[name^='tham_dinh_']")
    line_id = appraised.get_attribute("name").split("_")[-1]
    appraised.clear()
    appraised.send_keys("0")
    chromium.find_element(By.NAME, f"ly_do_{line_id}").send_keys("Chưa ban hành kế hoạch năm")
    chromium.find_element(By.XPATH, "//button[normalize-space()='Lưu điểm thẩm định']").click()
    wait_for(chromium, "Đã lưu điểm thẩm định")
    chromium.find_element(By.XPATH, "//button[normalize-space()='Kết thúc thẩm định']").click()
    wait_for(chromium, "Đã kết thúc thẩm định")
    main = chromium.find_element(By.TAG_NAME, "main").text
    assert "Sau thẩm định" in main and "khác tự chấm" in main
    logout(chromium)

    # The unit objects to the changed line within the window.
    login(chromium, demo.url, "canbo.pnv")
    chromium.get(sheet_url)
    Select(chromium.find_element(By.ID, "f-dong")).select_by_value(line_id)
    chromium.find_element(By.ID, "f-noi_dung").send_keys("Kế hoạch số 12/KH-PNV đã ban hành ngày 15/01; xin gửi kèm.")
    chromium.find_element(By.XPATH, "//button[normalize-space()='Gửi kiến nghị']").click()
    wait_for(chromium, "Đã gửi kiến nghị")
    logout(chromium)

    # The team answers and gives the points back; the class follows.
    login(chromium, demo.url, "noivu.hue")
    chromium.get(sheet_url)
    chromium.find_element(By.ID, "f-tra_loi").send_keys("Chấp nhận: kế hoạch đã ban hành đúng hạn.")
    chromium.find_element(By.ID, "f-diem_moi").send_keys("5")
    chromium.find_element(By.XPATH, "//button[normalize-space()='Trả lời']").click()
    wait_for(chromium, "Đã trả lời kiến nghị")
    main = chromium.find_element(By.TAG_NAME, "main").text
    assert "Chấp nhận: kế hoạch đã ban hành đúng hạn." in main
    final_class = [label for label in ("Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "Không hoàn thành")
                   if f"điểm — {label}" in main]
    assert final_class, main
    assert "Kết quả các năm" in main, "last year's finalised result (demo) beside this year's"
    shot(chromium, "scoring-02-ket-qua-phieu")

    # The results page shows the unit's class and rank; the draft decision opens in LibreOffice.
    chromium.find_element(By.PARTIAL_LINK_TEXT, f"năm {year}").click()
    wait_for(chromium, "Phân bố xếp loại")
    rows = [r for r in chromium.find_elements(By.CSS_SELECTOR, "table.stacked tbody tr") if "Phòng Nội vụ" in r.text]
    assert rows and final_class[0] in rows[0].text
    docx_url = chromium.find_element(By.PARTIAL_LINK_TEXT, "Dự thảo quyết định").get_attribute("href")
    data, content_type = download(chromium, docx_url)
    assert "wordprocessingml" in content_type
    path = os.path.join(scratch_dir, "quyet-dinh-ket-qua.docx")
    with open(path, "wb") as f:
        f.write(data)
    text = to_pdf_text(path, scratch_dir)
    assert "QUYẾT ĐỊNH" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert f"năm {year}" in text

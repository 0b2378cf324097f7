"""Issue 15, item 1 in a real Chromium: Phòng Nội vụ Hương Trà uploads a decision's appendix (.docx, its criteria in a
table TT / Nội dung tiêu chí / Điểm tối đa), reviews the tree and the totals, goes back once on a broken table, then
confirms; only then is the set saved."""
import os
import zipfile
from xml.sax.saxutils import escape

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import wait_for
from test_browser import chromium, shot  # noqa: F401  (fixture and helper)
from test_plans import login

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def appendix_docx(path, rows):
    """A minimal Word document: a heading paragraph and the criteria table, as a decision's appendix is typed."""
    def cell(text):
        return f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p></w:tc>"
    table = "<w:tbl>" + "".join("<w:tr>" + "".join(cell(c) for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"
    body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\"><w:body>"
            "<w:p><w:r><w:t>PHỤ LỤC: BỘ TIÊU CHÍ ĐÁNH GIÁ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN</w:t></w:r></w:p>"
            + table + "<w:p/></w:body></w:document>")
    types = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
             "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
             "</Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", body)


ROWS = [
    ["TT", "Nội dung tiêu chí", "Điểm tối đa"],
    ["I", "Lãnh đạo, chỉ đạo công tác dân vận chính quyền", "40"],
    ["1", "Ban hành kế hoạch năm đúng thời gian", "20"],
    ["2", "Kiểm tra, sơ kết, tổng kết", "20"],
    ["II", "Tiếp công dân, đối thoại, giải quyết kiến nghị", "60"],
    ["1", "Tiếp công dân đúng lịch", "30"],
    ["2", "Đối thoại với Nhân dân", "30"],
    ["III", "Điểm thưởng", "5"],
    ["", "Tổng cộng", "100"],
]


def fill_form(driver, path, title):
    for field, value in [("f-ten", title), ("f-van_ban", "Quyết định số 9/QĐ-UBND ngày 02/3/2026"), ("f-nam", "2027"),
                         ("f-xep_loai", "Hoàn thành xuất sắc=90; Hoàn thành tốt=70; Hoàn thành=50; Không hoàn thành=0")]:
        element = driver.find_element(By.ID, field)
        element.clear()
        element.send_keys(value)
    driver.find_element(By.ID, "f-tep").send_keys(path)
    driver.find_element(By.XPATH, "//button[normalize-space()='Đọc tệp và kiểm tra']").click()


def test_import_review_confirm(servers, scratch_dir, chromium):  # noqa: F811
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    demo = servers(["demo"], env).wait_ready()
    login(chromium, demo.url, "noivu.huongtra")
    title = "Bộ tiêu chí theo Quyết định 9/QĐ-UBND"

    # A broken table: group II's lines add up to 50, not 60. The review lists it with the row; nothing to confirm.
    broken = os.path.join(scratch_dir, "phu-luc-loi.docx")
    appendix_docx(broken, [row if row[:2] != ["2", "Đối thoại với Nhân dân"] else ["2", "Đối thoại với Nhân dân", "20"] for row in ROWS])
    chromium.get(demo.url + "/cham-diem/bo-tieu-chi")
    fill_form(chromium, broken, title)
    wait_for(chromium, "Kiểm tra bộ tiêu chí trước khi lưu")
    main = chromium.find_element(By.TAG_NAME, "main").text
    assert "các mục con cộng lại 50 điểm, khác điểm tối đa 60" in main
    assert not chromium.find_elements(By.XPATH, "//button[normalize-space()='Xác nhận lưu bộ tiêu chí']")
    shot(chromium, "scoring-import-01-loi")
    chromium.find_element(By.PARTIAL_LINK_TEXT, "Quay lại, chọn tệp khác").click()
    wait_for(chromium, "Nhập bộ tiêu chí từ bảng")
    assert title not in chromium.find_element(By.TAG_NAME, "main").text, "nothing was saved"
    assert chromium.find_element(By.ID, "f-ten").get_attribute("value") == title, "what was typed comes back"

    # The right table: the tree with its points, the total checked, then confirmed and saved.
    good = os.path.join(scratch_dir, "phu-luc.docx")
    appendix_docx(good, ROWS)
    fill_form(chromium, good, title)
    wait_for(chromium, "Kiểm tra bộ tiêu chí trước khi lưu")
    main = chromium.find_element(By.TAG_NAME, "main").text
    assert "Tiếp công dân đúng lịch" in main and "II.1" in main
    assert "100 điểm — khớp tổng ghi trong tệp (100)" in main
    assert "Hoàn thành xuất sắc" in main
    shot(chromium, "scoring-import-02-xem-lai")
    chromium.find_element(By.XPATH, "//button[normalize-space()='Xác nhận lưu bộ tiêu chí']").click()
    wait_for(chromium, "Đã nhập bộ tiêu chí")
    main = chromium.find_element(By.TAG_NAME, "main").text
    assert title in main and "Đối thoại với Nhân dân" in main
    chromium.get(demo.url + "/cham-diem/bo-tieu-chi")
    assert chromium.find_elements(By.LINK_TEXT, title)

    # The saved set is not used by a round yet: a line is added in the tree, and the page says what no longer adds up.
    chromium.find_element(By.LINK_TEXT, title).click()
    chromium.find_element(By.PARTIAL_LINK_TEXT, "Thêm tiêu chí").click()
    wait_for(chromium, "Thêm tiêu chí")
    chromium.find_element(By.ID, "f-ma").send_keys("II.3")
    Select(chromium.find_element(By.ID, "f-ma_cha")).select_by_value("II")
    chromium.find_element(By.ID, "f-noi_dung").send_keys("Giải quyết kiến nghị đúng hạn")
    chromium.find_element(By.ID, "f-diem_toi_da").send_keys("5")
    chromium.find_element(By.XPATH, "//button[normalize-space()='Lưu']").click()
    wait_for(chromium, "Đã thêm tiêu chí II.3")
    main = chromium.find_element(By.TAG_NAME, "main").text
    assert "Giải quyết kiến nghị đúng hạn" in main
    assert "Tiêu chí II: các mục con cộng lại 65 điểm, khác điểm tối đa 60." in main
    shot(chromium, "scoring-import-03-sua-cay")

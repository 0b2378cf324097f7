import Foundation
import Testing

@testable import DanVanCore

/// Report duties whose due date comes before the period word.
@Suite struct DueBeforePeriodTests {
    @Test func dueDateBeforeThePeriod() throws {
        let text = """
            KẾ HOẠCH
            Thực hiện công tác dân vận chính quyền năm 2024
            I. TỔ CHỨC THỰC HIỆN
            1. Các sở, ban, ngành: chậm nhất ngày 10 của tháng cuối quý, báo cáo quý về Sở Nội vụ; trước ngày 15/6, báo cáo 6 tháng về Sở Nội vụ.
            2. Sở Nội vụ: tổng hợp, báo cáo hằng tháng trước ngày 20.
            """
        let plan = try PlanReader.read(text: text)
        #expect(plan.reports.map(\.period) == [.quarterly, .semiannual, .monthly])
        #expect(plan.reports.map(\.dueRule) == [.dayOfQuarterMonth(day: 10, monthOfQuarter: 3), .dayOfYear(month: 6, day: 15), .dayOfMonth(20)])
        #expect(plan.deadlines.isEmpty)
    }

    /// "theo yêu cầu của pháp luật" is the law's requirement, not a report on request; "khi có yêu cầu" is one.
    @Test func whatTheLawRequiresIsNotAReportOnRequest() throws {
        let text = """
            KẾ HOẠCH
            Thực hiện công tác dân vận chính quyền năm 2025
            I. TỔ CHỨC THỰC HIỆN
            1. Phòng Văn hóa và Thông tin, Chủ tịch Ủy ban nhân dân các xã, thị trấn
            Báo cáo hằng năm trước ngày 15/11. Báo cáo theo yêu cầu của pháp luật và theo yêu cầu tại Nghị định số 59/2023/NĐ-CP.
            2. Phòng Tư pháp
            Báo cáo đột xuất khi có yêu cầu.
            """
        let plan = try PlanReader.read(text: text)
        #expect(plan.reports.map(\.period) == [.annual, .adhoc])
        #expect(plan.reports.last?.by == ["Phòng Tư pháp"])
        #expect(plan.units == ["Phòng Văn hóa và Thông tin", "Chủ tịch Ủy ban nhân dân các xã, thị trấn", "Phòng Tư pháp"])
    }

    /// Two yearly dates for one duty are a six-month report and a yearly one; two dated reports in one sentence
    /// each say what is due by their own date.
    @Test func twoYearlyDatesAreSixMonthAndYearReports() throws {
        let text = """
            KẾ HOẠCH
            Thực hiện công tác dân vận chính quyền năm 2025
            I. TỔ CHỨC THỰC HIỆN
            1. Các cơ quan, đơn vị
            Gửi báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 15/6 và trước ngày 15/12 hằng năm.
            2. Ủy ban nhân dân các huyện
            Báo cáo sơ kết trước ngày 20/6/2025 và báo cáo tổng kết trước ngày 20/11/2025 về Sở Nội vụ.
            """
        let plan = try PlanReader.read(text: text)
        #expect(plan.reports.map(\.period) == [.semiannual, .annual])
        #expect(plan.reports.map(\.due) == ["ngày 15/6", "ngày 15/12"])
        #expect(plan.reports.map(\.dueRule) == [.dayOfYear(month: 6, day: 15), .dayOfYear(month: 12, day: 15)])
        #expect(plan.deadlines.map(\.what) == ["Báo cáo sơ kết", "Báo cáo tổng kết"])
        #expect(plan.deadlines.map(\.date.iso) == ["2025-06-20", "2025-11-20"])
    }

    /// A participle or adverb inside a body's name is not where the name ends (issue 13 item 4).
    @Test func aVerbInsideABodysNameIsNotItsEnd() throws {
        let text = """
            KẾ HOẠCH
            Thực hiện công tác dân vận chính quyền năm 2025
            I. TỔ CHỨC THỰC HIỆN
            1. Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện: theo dõi, đôn đốc việc thực hiện kế hoạch.
            2. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện chủ trì tổ chức tập huấn.
            3. Ban Quản lý dự án đầu tư xây dựng huyện Trà Bồng triển khai thực hiện công khai dự án.
            4. Phòng Nội vụ tham mưu Ủy ban nhân dân huyện tổ chức hội nghị.
            5. Phòng Văn hóa và Thông tin thực hiện tuyên truyền tại các xã, thị trấn.
            """
        let plan = try PlanReader.read(text: text)
        #expect(
            plan.units == [
                "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện",
                "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
                "Ban Quản lý dự án đầu tư xây dựng huyện Trà Bồng", "Phòng Nội vụ", "Phòng Văn hóa và Thông tin"
            ])
    }

    /// Dates without a year and no period word: the dates say the period; dates of two duties do not.
    @Test func datesAloneImplyThePeriod() throws {
        let text = """
            KẾ HOẠCH
            Thực hiện công tác dân vận chính quyền năm 2025
            I. TỔ CHỨC THỰC HIỆN
            1. Phòng Nội vụ
            Thực hiện Kế hoạch số 12/KH-UBND ngày 05/02/2025, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15/6 và ngày 15/12.
            2. Phòng Tư pháp
            Báo cáo kết quả về Phòng Nội vụ chậm nhất ngày 20/3, 20/6, 20/9 và 20/12.
            3. Thanh tra huyện
            Gửi kế hoạch trước ngày 15/3 và báo cáo kết quả trước ngày 30/11.
            """
        let plan = try PlanReader.read(text: text)
        #expect(plan.reports.map(\.period) == [.semiannual, .annual, .quarterly])
        #expect(
            plan.reports.map(\.dueRule) == [
                .dayOfYear(month: 6, day: 15), .dayOfYear(month: 12, day: 15),
                .dayOfQuarterMonth(day: 20, monthOfQuarter: 3)
            ])
        #expect(plan.reports.map(\.by) == [["Phòng Nội vụ"], ["Phòng Nội vụ"], ["Phòng Tư pháp"]])
        // Two duties, each with its own date: deadlines, not a six-month report.
        #expect(plan.deadlines.map(\.what) == ["Gửi kế hoạch", "Báo cáo kết quả"])
    }

    /// Dash items with a lead-in, a list of periods running into the duty, and a deadline after a heading's colon.
    @Test func dashItemsLeadInsAndPeriodListsRunningIntoTheDuty() throws {
        let text = """
            KẾ HOẠCH
            Triển khai công tác dân vận chính quyền năm 2024
            III. TỔ CHỨC THỰC HIỆN
            - Các sở, ban, ngành, Ủy ban nhân dân các huyện: Xây dựng kế hoạch gửi về Sở Nội vụ trước ngày 15/02/2024; định kỳ 6 tháng, năm báo cáo\
             kết quả về Sở Nội vụ.
            - Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp thực hiện.
            """
        let plan = try PlanReader.read(text: text)
        #expect(plan.units == ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"])
        #expect(plan.reports.map(\.period) == [.semiannual, .annual])
        #expect(plan.deadlines.map(\.what) == ["Xây dựng kế hoạch gửi về Sở Nội vụ"])
    }
}

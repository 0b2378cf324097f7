import Foundation
import Testing

@testable import DanVanCore

@Suite struct ICalendarTests {
    let stamp = Date(timeIntervalSince1970: 1_778_803_200)  // 2026-05-15T00:00:00Z

    @Test func escapesTextValues() {
        #expect(ICalendar.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendar.escape("dòng 1\r\ndòng 2\nhết") == #"dòng 1\ndòng 2\nhết"#)
    }

    @Test func foldsAt75OctetsWithoutSplittingUTF8() {
        let line = "SUMMARY:" + String(repeating: "Hạn nộp báo cáo Tháng 5/2026 của Phòng Nội vụ thị xã Hương Trà ", count: 3)
        let folded = ICalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count > 1)
        for (index, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75)
            if index > 0 { #expect(part.hasPrefix(" ")) }
            // Each physical line is valid UTF-8 on its own: no sequence was cut.
            #expect(String(decoding: Array(part.utf8), as: UTF8.self) == part)
        }
        // Unfolding gives the line back.
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func shortLinesAreLeftAlone() {
        #expect(ICalendar.fold("VERSION:2.0") == "VERSION:2.0")
        let exactly75 = String(repeating: "a", count: 75)
        #expect(ICalendar.fold(exactly75) == exactly75)
        #expect(ICalendar.fold(exactly75 + "b") == exactly75 + "\r\n b")
    }

    @Test func writesAllDayEventsWithCRLF() {
        let calendar = ICalendar(
            name: "Hạn nộp báo cáo",
            events: [
                .init(
                    uid: "report-request-7@danvan", date: CivilDate(iso: "2026-05-15")!, summary: "Hạn nộp báo cáo Tháng 5/2026, Phòng Nội vụ",
                    description: "Trạng thái: Chưa nộp", url: "https://danvan.example/bao-cao/yeu-cau/7", stamp: stamp)
            ])
        let text = calendar.render()
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains("\r\nUID:report-request-7@danvan\r\n"))
        #expect(text.contains("\r\nDTSTART;VALUE=DATE:20260515\r\n"))
        #expect(text.contains("\r\nDTEND;VALUE=DATE:20260516\r\n"))
        #expect(text.contains("\r\nDTSTAMP:20260515T000000Z\r\n"))
        #expect(text.contains(#"SUMMARY:Hạn nộp báo cáo Tháng 5/2026\, Phòng Nội vụ"#))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 2)
    }
}

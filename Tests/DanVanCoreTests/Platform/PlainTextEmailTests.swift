import Foundation
import Testing

@testable import DanVanCore

@Suite struct PlainTextEmailTests {
    let email = PlainTextEmail(
        from: "danvan@ubnd.example.vn", toAddress: "canbo@example.vn", toName: "Nguyễn Văn A",
        subject: "[DanVan] Quá hạn nộp báo cáo Tháng 5/2026 – Phòng Nội vụ thị xã Hương Trà",
        body: "Báo cáo Tháng 5/2026 của Phòng Nội vụ: đã quá hạn 6 ngày (hạn 15/05/2026).\nXem: /bao-cao/yeu-cau/7",
        date: Date(timeIntervalSince1970: 1_778_803_200), messageID: "n7@danvan")

    @Test func headersAreASCIIAndTheSubjectDecodesBackToVietnamese() throws {
        let text = email.render()
        let (head, body) = try #require(split(text))
        #expect(head.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(head.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(head.contains("Content-Transfer-Encoding: base64"))
        #expect(head.contains("MIME-Version: 1.0"))
        #expect(head.contains("Date: Fri, 15 May 2026 07:00:00 +0700"))
        for line in head.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 76) }
        #expect(decodeSubject(head) == email.subject)
        let decodedBody = String(decoding: Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: ""))!, as: UTF8.self)
        #expect(decodedBody == email.body.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func asciiSubjectsStayReadable() {
        #expect(PlainTextEmail.encodeHeader("Report due") == "Report due")
        #expect(PlainTextEmail.encodeHeader("a\r\nBcc: x@y") == "a  Bcc: x@y")
    }

    @Test func addressesThatCouldInjectHeadersAreRefused() {
        #expect(PlainTextEmail.isPlausibleAddress("canbo@huongtra.thuathienhue.gov.vn"))
        #expect(!PlainTextEmail.isPlausibleAddress("canbo@example.vn\r\nBcc: x@y.vn"))
        #expect(!PlainTextEmail.isPlausibleAddress("can bo@example.vn"))
        #expect(!PlainTextEmail.isPlausibleAddress("canbo"))
        #expect(!PlainTextEmail.isPlausibleAddress("a@b@c.vn"))
        #expect(!PlainTextEmail.isPlausibleAddress("a@localhost"))
    }

    private func split(_ text: String) -> (String, String)? {
        guard let range = text.range(of: "\r\n\r\n") else { return nil }
        return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
    }

    /// Joins the folded Subject header and decodes each encoded word.
    private func decodeSubject(_ head: String) -> String {
        let unfolded = head.replacingOccurrences(of: "\r\n ", with: " ")
        let line = unfolded.components(separatedBy: "\r\n").first { $0.hasPrefix("Subject: ") }!.dropFirst(9)
        return line.split(separator: " ").map { word -> String in
            let inner = word.dropFirst(10).dropLast(2)
            return String(decoding: Data(base64Encoded: String(inner))!, as: UTF8.self)
        }.joined()
    }
}

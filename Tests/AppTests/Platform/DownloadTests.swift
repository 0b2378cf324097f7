import Foundation
import Testing
import Vapor

@testable import App

/// A file name comes from whoever uploaded the file; it must never add a header or break out of the quoted name.
@Suite struct DownloadTests {
    static let hostile = [
        "ke-hoach.pdf\r\nSet-Cookie: danvan_session=gia-mao", "a\"; filename=\"evil.exe", "a\nb.pdf", "a\rb.pdf",
        "tab\tname.pdf", "nul\u{0}.pdf", "del\u{7F}.pdf", "back\\slash.pdf", "../../etc/passwd", "ngắt\u{2028}dòng.pdf", "\r\n"
    ]

    @Test(arguments: hostile) func hostileNamesCannotInjectHeaders(name: String) throws {
        let response = Download.response(Data("x".utf8), name: name)
        let value = try #require(response.headers.first(name: .contentDisposition))
        #expect(!value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || !$0.isASCII })
        #expect(value.filter { $0 == "\"" }.count == 2, "only the quotes around the name")
        #expect(!value.contains("\\") && !value.contains("/"))
        #expect(response.headers[.setCookie].isEmpty)
    }

    @Test func vietnameseNamesSurviveInTheEncodedForm() throws {
        let value = Download.disposition(name: "Kế hoạch.docx")
        #expect(value == "attachment; filename=\"K_ ho_ch.docx\"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch.docx")
        #expect(Download.disposition("inline", name: "\r\n") == "inline; filename=\"tep\"; filename*=UTF-8''tep")
    }
}

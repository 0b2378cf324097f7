/// Why a file could not be read: a stable code for programs and a Vietnamese message for people.
public struct DocumentReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Codable, CaseIterable {
        case fileNotFound = "file_not_found"
        case unreadableFile = "unreadable_file"
        case emptyFile = "empty_file"
        case fileTooLarge = "file_too_large"
        case binaryContent = "binary_content"
        case notVietnamese = "not_vietnamese"
        case unsupportedType = "unsupported_type"
        case corruptDocx = "corrupt_docx"
        case docxTooLarge = "docx_too_large"
        case pdfUnreadable = "pdf_unreadable"
        case pdftotextMissing = "pdftotext_missing"
        case officeUnreadable = "office_unreadable"
        case libreOfficeMissing = "libreoffice_missing"
        case ocrMissing = "ocr_missing"
        case scanTooLong = "scan_too_long"
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }

    static func fileNotFound(_ path: String) -> Self {
        .init(.fileNotFound, "Không tìm thấy tệp \(path).")
    }
    static func unreadable(_ path: String) -> Self {
        .init(.unreadableFile, "Không đọc được tệp \(path) (không có quyền đọc hoặc không phải tệp thường).")
    }
    static let empty = Self(.emptyFile, "Tệp rỗng: không có nội dung để đọc.")
    static func tooLarge(_ bytes: Int, limit: Int) -> Self {
        .init(.fileTooLarge, "Tệp quá lớn (\(megabytes(bytes)) MB); giới hạn là \(megabytes(limit)) MB.")
    }
    static let binary = Self(
        .binaryContent,
        "Tệp không phải văn bản: nội dung nhị phân, hoặc không phải UTF-8 hay bảng mã tiếng Việt cũ (TCVN3, VNI, VISCII, Windows-1258).")
    static let notVietnamese = Self(.notVietnamese, "Nội dung không phải tiếng Việt (không thấy chữ có dấu và từ tiếng Việt thông dụng).")
    static func unsupported(_ ext: String) -> Self {
        .init(.unsupportedType, "Không hỗ trợ loại tệp “.\(ext)”; hãy dùng .txt, .md, .docx, .doc, .rtf, .odt hoặc .pdf.")
    }
    static func corruptDocx(_ detail: String) -> Self {
        .init(.corruptDocx, "Tệp .docx bị hỏng hoặc không đúng định dạng (\(detail)).")
    }
    static func docxTooLarge(limit: Int) -> Self {
        .init(.docxTooLarge, "Tệp .docx khi giải nén vượt quá giới hạn \(megabytes(limit)) MB; có thể là tệp nén độc hại (zip bomb).")
    }
    static func pdfUnreadable(_ detail: String) -> Self {
        .init(.pdfUnreadable, "Không đọc được chữ trong tệp PDF (\(detail)). Tệp có thể bị hỏng, có mật khẩu hoặc chỉ là ảnh quét.")
    }
    static let pdftotextMissing = Self(
        .pdftotextMissing,
        "Thiếu chương trình pdftotext để đọc PDF. Hãy cài gói poppler-utils (apt-get install poppler-utils).")

    static func officeUnreadable(_ detail: String) -> Self {
        .init(.officeUnreadable, "Không đọc được tệp văn bản (\(detail)). Tệp có thể bị hỏng hoặc có mật khẩu; hãy lưu lại thành .docx rồi tải lên.")
    }
    static let libreOfficeMissing = Self(
        .libreOfficeMissing,
        """
        Thiếu LibreOffice để đọc tệp .doc, .rtf, .odt. Hãy cài gói libreoffice-writer-nogui (apt-get install libreoffice-writer-nogui) hoặc lưu\
         tệp thành .docx.
        """
    )

    static let ocrMissing = Self(
        .ocrMissing,
        "Tệp PDF chỉ là ảnh quét, không có lớp chữ. Để nhận dạng chữ cần tesseract với dữ liệu tiếng Việt "
            + "(apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils); hoặc hãy tải lên bản .docx hay PDF có lớp chữ.")
    static func scanTooLong(_ pages: Int, limit: Int) -> Self {
        .init(.scanTooLong, "Tệp PDF quét có \(pages) trang; mỗi lần chỉ nhận dạng tối đa \(limit) trang. Hãy tách riêng phần kế hoạch rồi tải lên.")
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10),\(tenths % 10)"
    }
}

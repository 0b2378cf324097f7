import Foundation

/// Ảnh, tài liệu of a model: only JPEG, PNG and PDF, recognised by the first bytes of their content (not by the name a
/// browser sends), at most `maxBytes` each.
public enum ExemplarFileRules {
    /// 5 MB: a phone photo or a scanned decision fits; larger files are refused with a clear message.
    public static let maxBytes = UploadLimits.exemplarFile

    public enum FileType: String, Sendable, Equatable {
        case jpeg, png, pdf

        public var contentType: String {
            switch self {
            case .jpeg: return "image/jpeg"
            case .png: return "image/png"
            case .pdf: return "application/pdf"
            }
        }

        public var fileExtension: String {
            switch self {
            case .jpeg: return "jpg"
            case .png: return "png"
            case .pdf: return "pdf"
            }
        }

        public var isImage: Bool { self != .pdf }
    }

    /// The type the content says it is, or nil.
    public static func sniff(_ data: Data) -> FileType? {
        let head = [UInt8](data.prefix(8))
        if head.count >= 3, head[0] == 0xFF, head[1] == 0xD8, head[2] == 0xFF { return .jpeg }
        if head == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] { return .png }
        if head.count >= 5, head.prefix(5) == [0x25, 0x50, 0x44, 0x46, 0x2D] { return .pdf }
        return nil
    }

    /// The file's type, or the reason it is refused.
    public static func check(_ data: Data) -> Result<FileType, ExemplarProblem> {
        guard !data.isEmpty else { return .failure(ExemplarProblem("file_missing", "Vui lòng chọn ảnh hoặc tài liệu.")) }
        guard data.count <= maxBytes else {
            return .failure(
                ExemplarProblem("file_too_large", "Tệp lớn hơn \(UploadLimits.label(maxBytes)); hãy chụp hoặc quét ở độ phân giải thấp hơn."))
        }
        guard let type = sniff(data) else {
            return .failure(ExemplarProblem("file_type_not_allowed", "Chỉ nhận ảnh JPEG, PNG hoặc tài liệu PDF."))
        }
        return .success(type)
    }
}

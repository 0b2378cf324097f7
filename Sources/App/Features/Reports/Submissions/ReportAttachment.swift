import Fluent

/// Tệp đính kèm — a file sent with a version (a signed scan, an appendix), stored by hash.
final class ReportAttachment: Model, @unchecked Sendable {
    static let schema = "report_attachments"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "version_id") var version: ReportVersion
    @Field(key: "name") var name: String
    @Field(key: "hash") var hash: String
    @Field(key: "size") var size: Int

    init() {}

    init(versionID: Int, name: String, hash: String, size: Int) {
        self.$version.id = versionID
        self.name = name
        self.hash = hash
        self.size = size
    }
}

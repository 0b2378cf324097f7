import Fluent
import Foundation

/// Deadline profiles become versioned rows, seeded with the shipped defaults under the same ids petitions already store.
///
/// Frozen (issue 11, item 2): the five profiles are a literal copy of the core's `DeadlineProfiles.vietnam` as they were
/// when the migration was frozen, and they are written through a model of this file (the table's columns as this
/// migration made them), not the live `DeadlineProfileRecord`: a model only so that the app's clock still stamps
/// `created_at`, as it did through the live model.
struct CreateDeadlineProfile: AsyncMigration {
    func prepare(on database: any Database) async throws {
        var schema = database.schema("deadline_profiles")
            .field(.id, .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("instance", .string, .required)
            .field("version", .int, .required)
        for step in ["accept", "resolve"] {
            schema =
                schema
                .field(.string("\(step)_days"), .int, .required)
                .field(.string("\(step)_complex_days"), .int, .required)
                .field(.string("\(step)_remote_days"), .int, .required)
                .field(.string("\(step)_remote_complex_days"), .int, .required)
                .field(.string("\(step)_counting"), .string, .required)
                .field(.string("\(step)_citation"), .string, .required)
                .field(.string("\(step)_confirmed"), .bool, .required)
        }
        try await schema
            .field("extension_max_count", .int, .required)
            .field("extension_days", .int, .required)
            .field("extension_citation", .string, .required)
            .field("note", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "code")
            .unique(on: "kind", "instance", "version")
            .create()
        for profile in Self.profiles {
            let row = DeadlineProfileRow006()
            row.code = profile.code
            row.kind = profile.kind
            row.instance = profile.instance
            row.acceptDays = profile.acceptDays
            row.acceptComplexDays = profile.acceptComplexDays
            row.acceptRemoteDays = profile.acceptRemoteDays
            row.acceptRemoteComplexDays = profile.acceptRemoteComplexDays
            row.acceptCounting = profile.acceptCounting
            row.acceptCitation = profile.acceptCitation
            row.acceptConfirmed = profile.acceptConfirmed
            row.resolveDays = profile.resolveDays
            row.resolveComplexDays = profile.resolveComplexDays
            row.resolveRemoteDays = profile.resolveRemoteDays
            row.resolveRemoteComplexDays = profile.resolveRemoteComplexDays
            row.resolveCounting = profile.resolveCounting
            row.resolveCitation = profile.resolveCitation
            row.resolveConfirmed = profile.resolveConfirmed
            row.extensionMaxCount = profile.extensionMaxCount
            row.extensionDays = profile.extensionDays
            row.extensionCitation = profile.extensionCitation
            row.version = 1
            row.note = "Giá trị mặc định theo DOMAIN.md §3"
            row.createdBy = "he-thong"
            try await row.create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("deadline_profiles").delete()
    }

    /// The seeded profiles, in the order they were inserted.
    fileprivate struct Profile {
        let code: String
        let kind: String
        let instance: String
        let acceptDays: Int
        let acceptComplexDays: Int
        let acceptRemoteDays: Int
        let acceptRemoteComplexDays: Int
        let acceptCounting: String
        let acceptCitation: String
        let acceptConfirmed: Bool
        let resolveDays: Int
        let resolveComplexDays: Int
        let resolveRemoteDays: Int
        let resolveRemoteComplexDays: Int
        let resolveCounting: String
        let resolveCitation: String
        let resolveConfirmed: Bool
        let extensionMaxCount: Int
        let extensionDays: Int
        let extensionCitation: String
    }

    fileprivate static let profiles: [Profile] = [
        Profile(
            code: "khieu_nai/lan_dau/2011-v1", kind: "khieu_nai", instance: "lan_dau", acceptDays: 10, acceptComplexDays: 10, acceptRemoteDays: 10,
            acceptRemoteComplexDays: 10, acceptCounting: "ngay", acceptCitation: "Luật Khiếu nại 2011, Điều 27", acceptConfirmed: true,
            resolveDays: 30, resolveComplexDays: 45, resolveRemoteDays: 45, resolveRemoteComplexDays: 60, resolveCounting: "ngay",
            resolveCitation: "Luật Khiếu nại 2011, Điều 28", resolveConfirmed: true, extensionMaxCount: 0, extensionDays: 0, extensionCitation: ""
        ),
        Profile(
            code: "khieu_nai/lan_hai/2011-v1", kind: "khieu_nai", instance: "lan_hai", acceptDays: 10, acceptComplexDays: 10, acceptRemoteDays: 10,
            acceptRemoteComplexDays: 10, acceptCounting: "ngay", acceptCitation: "Luật Khiếu nại 2011, Điều 36", acceptConfirmed: false,
            resolveDays: 45, resolveComplexDays: 60, resolveRemoteDays: 60, resolveRemoteComplexDays: 70, resolveCounting: "ngay",
            resolveCitation: "Luật Khiếu nại 2011, Điều 37", resolveConfirmed: true, extensionMaxCount: 0, extensionDays: 0, extensionCitation: ""
        ),
        Profile(
            code: "to_cao/lan_dau/2018-v1", kind: "to_cao", instance: "lan_dau", acceptDays: 7, acceptComplexDays: 10, acceptRemoteDays: 7,
            acceptRemoteComplexDays: 10, acceptCounting: "ngay_lam_viec", acceptCitation: "Luật Tố cáo 2018, Điều 24", acceptConfirmed: false,
            resolveDays: 30, resolveComplexDays: 30, resolveRemoteDays: 30, resolveRemoteComplexDays: 30, resolveCounting: "ngay",
            resolveCitation: "Luật Tố cáo 2018, Điều 30", resolveConfirmed: true, extensionMaxCount: 2, extensionDays: 30,
            extensionCitation: "Luật Tố cáo 2018, Điều 30 khoản 2–4"
        ),
        Profile(
            code: "kien_nghi/lan_dau/tt05-2021-v1", kind: "kien_nghi", instance: "lan_dau", acceptDays: 10, acceptComplexDays: 10,
            acceptRemoteDays: 10, acceptRemoteComplexDays: 10, acceptCounting: "ngay_lam_viec", acceptCitation: "Thông tư 05/2021/TT-TTCP",
            acceptConfirmed: false, resolveDays: 30, resolveComplexDays: 30, resolveRemoteDays: 30, resolveRemoteComplexDays: 30,
            resolveCounting: "ngay", resolveCitation: "Nghị định 20/2008/NĐ-CP", resolveConfirmed: false, extensionMaxCount: 0, extensionDays: 0,
            extensionCitation: ""
        ),
        Profile(
            code: "phan_anh/lan_dau/tt05-2021-v1", kind: "phan_anh", instance: "lan_dau", acceptDays: 10, acceptComplexDays: 10,
            acceptRemoteDays: 10, acceptRemoteComplexDays: 10, acceptCounting: "ngay_lam_viec", acceptCitation: "Thông tư 05/2021/TT-TTCP",
            acceptConfirmed: false, resolveDays: 30, resolveComplexDays: 30, resolveRemoteDays: 30, resolveRemoteComplexDays: 30,
            resolveCounting: "ngay", resolveCitation: "Nghị định 20/2008/NĐ-CP", resolveConfirmed: false, extensionMaxCount: 0, extensionDays: 0,
            extensionCitation: ""
        )
    ]
}

/// `deadline_profiles` as this migration made it.
private final class DeadlineProfileRow006: Model, CreationStamped, @unchecked Sendable {
    static let schema = "deadline_profiles"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "code") var code: String
    @Field(key: "kind") var kind: String
    @Field(key: "instance") var instance: String
    @Field(key: "version") var version: Int
    @Field(key: "accept_days") var acceptDays: Int
    @Field(key: "accept_complex_days") var acceptComplexDays: Int
    @Field(key: "accept_remote_days") var acceptRemoteDays: Int
    @Field(key: "accept_remote_complex_days") var acceptRemoteComplexDays: Int
    @Field(key: "accept_counting") var acceptCounting: String
    @Field(key: "accept_citation") var acceptCitation: String
    @Field(key: "accept_confirmed") var acceptConfirmed: Bool
    @Field(key: "resolve_days") var resolveDays: Int
    @Field(key: "resolve_complex_days") var resolveComplexDays: Int
    @Field(key: "resolve_remote_days") var resolveRemoteDays: Int
    @Field(key: "resolve_remote_complex_days") var resolveRemoteComplexDays: Int
    @Field(key: "resolve_counting") var resolveCounting: String
    @Field(key: "resolve_citation") var resolveCitation: String
    @Field(key: "resolve_confirmed") var resolveConfirmed: Bool
    @Field(key: "extension_max_count") var extensionMaxCount: Int
    @Field(key: "extension_days") var extensionDays: Int
    @Field(key: "extension_citation") var extensionCitation: String
    @Field(key: "note") var note: String
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}

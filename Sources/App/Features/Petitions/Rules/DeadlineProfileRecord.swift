import DanVanCore
import Fluent
import Foundation

/// Hồ sơ thời hạn (một phiên bản) — one version of the time limits for a kind and instance of petition, as stored.
/// Editing never changes a row: it adds the next version, and a petition keeps the `code` it was computed with.
final class DeadlineProfileRecord: Model, @unchecked Sendable {
    static let schema = "deadline_profiles"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// The version's id stored on petitions (`Petition.profileID`), e.g. "khieu_nai/lan_dau/2011-v2".
    @Field(key: "code") var code: String
    @Enum(key: "kind") var kind: PetitionKind
    @Enum(key: "instance") var instance: PetitionInstance
    @Field(key: "version") var version: Int
    @Field(key: "accept_days") var acceptDays: Int
    @Field(key: "accept_complex_days") var acceptComplexDays: Int
    @Field(key: "accept_remote_days") var acceptRemoteDays: Int
    @Field(key: "accept_remote_complex_days") var acceptRemoteComplexDays: Int
    @Enum(key: "accept_counting") var acceptCounting: DayCounting
    @Field(key: "accept_citation") var acceptCitation: String
    @Field(key: "accept_confirmed") var acceptConfirmed: Bool
    @Field(key: "resolve_days") var resolveDays: Int
    @Field(key: "resolve_complex_days") var resolveComplexDays: Int
    @Field(key: "resolve_remote_days") var resolveRemoteDays: Int
    @Field(key: "resolve_remote_complex_days") var resolveRemoteComplexDays: Int
    @Enum(key: "resolve_counting") var resolveCounting: DayCounting
    @Field(key: "resolve_citation") var resolveCitation: String
    @Field(key: "resolve_confirmed") var resolveConfirmed: Bool
    /// 0 when the resolution may not be extended.
    @Field(key: "extension_max_count") var extensionMaxCount: Int
    @Field(key: "extension_days") var extensionDays: Int
    @Field(key: "extension_citation") var extensionCitation: String
    /// Why this version was made (the shipped defaults say so).
    @Field(key: "note") var note: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(_ profile: DeadlineProfile, version: Int, note: String, createdBy: String) {
        code = profile.id
        kind = profile.kind
        instance = profile.instance
        self.version = version
        acceptDays = profile.accept.days
        acceptComplexDays = profile.accept.complexDays
        acceptRemoteDays = profile.accept.remoteDays
        acceptRemoteComplexDays = profile.accept.remoteComplexDays
        acceptCounting = profile.accept.counting
        acceptCitation = profile.accept.citation
        acceptConfirmed = profile.accept.isConfirmed
        resolveDays = profile.resolve.days
        resolveComplexDays = profile.resolve.complexDays
        resolveRemoteDays = profile.resolve.remoteDays
        resolveRemoteComplexDays = profile.resolve.remoteComplexDays
        resolveCounting = profile.resolve.counting
        resolveCitation = profile.resolve.citation
        resolveConfirmed = profile.resolve.isConfirmed
        extensionMaxCount = profile.extensions?.maxCount ?? 0
        extensionDays = profile.extensions?.days ?? 0
        extensionCitation = profile.extensions?.citation ?? ""
        self.note = note
        self.createdBy = createdBy
    }

    var profile: DeadlineProfile {
        DeadlineProfile(
            id: code, kind: kind, instance: instance,
            accept: StepRule(
                days: acceptDays, complexDays: acceptComplexDays, remoteDays: acceptRemoteDays, remoteComplexDays: acceptRemoteComplexDays,
                counting: acceptCounting, citation: acceptCitation, isConfirmed: acceptConfirmed),
            resolve: StepRule(
                days: resolveDays, complexDays: resolveComplexDays, remoteDays: resolveRemoteDays, remoteComplexDays: resolveRemoteComplexDays,
                counting: resolveCounting, citation: resolveCitation, isConfirmed: resolveConfirmed),
            extensions: extensionMaxCount > 0 ? ExtensionRule(maxCount: extensionMaxCount, days: extensionDays, citation: extensionCitation) : nil)
    }
}

import DanVanCore
import Fluent
import Foundation

/// Mô hình, điển hình "Dân vận khéo" — one registered model or exemplar, owned by a unit (an agency, a commune, or a
/// thôn/tổ dân phố under a commune), with the registration content offices use (DOMAIN.md §2.4).
final class Exemplar: Model, @unchecked Sendable {
    static let schema = "exemplars"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Enum(key: "kind") var kind: ExemplarKind
    @Enum(key: "field") var field: ExemplarField
    @Field(key: "sub_topic") var subTopic: String
    /// 1. Tên mô hình.
    @Field(key: "name") var name: String
    /// Folded name: duplicates and similar names are found by it.
    @Field(key: "name_key") var nameKey: String
    /// Folded name, problem, goals and methods: search ignoring diacritics.
    @Field(key: "search_key") var searchKey: String
    /// 2. Thực trạng, lý do xây dựng.
    @Field(key: "problem") var problem: String
    /// 3. Mục tiêu, tiêu chí.
    @Field(key: "goals") var goals: String
    /// 4. Nội dung, cách thức thực hiện.
    @Field(key: "methods") var methods: String
    /// 5. Địa bàn, đối tượng.
    @Field(key: "place") var place: String
    /// 6. Lực lượng thực hiện.
    @Field(key: "forces") var forces: String
    /// 7. Nguồn lực và thời gian thực hiện.
    @Field(key: "resources") var resources: String
    /// 8. Sản phẩm, kết quả đầu ra.
    @Field(key: "outputs") var outputs: String
    /// 9. Khả năng duy trì, nhân rộng.
    @Field(key: "sustainability") var sustainability: String
    /// The person an individual điển hình is about: personal data, seen only inside the owning unit's tree and on public
    /// pages only when `personConsent`.
    @Field(key: "person_name") var personName: String
    @Field(key: "person_consent") var personConsent: Bool
    @Enum(key: "status") var status: ExemplarStatus
    /// The highest level it is recognised at, if any.
    @OptionalEnum(key: "level") var level: RecognitionLevel?
    @Field(key: "year") var year: Int
    /// ISO date (yyyy-MM-dd).
    @Field(key: "registered_on") var registeredOn: String
    @OptionalParent(key: "drive_id") var drive: ExemplarDrive?
    /// Registered after the drive's deadline: accepted, marked late.
    @Field(key: "is_late") var isLate: Bool
    /// The model this one replicates, anywhere in the country.
    @OptionalParent(key: "replicates_id") var replicates: Exemplar?
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    func setText(name: String, problem: String, goals: String, methods: String) {
        self.name = name
        self.problem = problem
        self.goals = goals
        self.methods = methods
        nameKey = VietnameseText.searchKey(name)
        searchKey = VietnameseText.searchKey([name, problem, goals, methods].joined(separator: " "))
    }
}

/// Một lần cập nhật kết quả — periodic figures of a model's results.
final class ExemplarUpdate: Model, @unchecked Sendable {
    static let schema = "exemplar_updates"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "exemplar_id") var exemplar: Exemplar
    @Field(key: "reported_on") var reportedOn: String
    /// Số hộ được vận động, tham gia.
    @Field(key: "households") var households: Int
    /// Kinh phí vận động được (đồng).
    @Field(key: "money_vnd") var moneyVND: Int64
    /// Đất hiến (m²).
    @Field(key: "land_m2") var landSquareMetres: Int
    /// Số vụ việc hòa giải, giải quyết xong.
    @Field(key: "cases_settled") var casesSettled: Int
    @Field(key: "note") var note: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Ảnh, tài liệu của mô hình — stored once in the `FileStore`; only JPEG, PNG and PDF, recognised by their content.
final class ExemplarFile: Model, @unchecked Sendable {
    static let schema = "exemplar_files"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "exemplar_id") var exemplar: Exemplar
    @OptionalParent(key: "update_id") var update: ExemplarUpdate?
    @Field(key: "file_hash") var fileHash: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size_bytes") var sizeBytes: Int
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// One step of a model's life: dated, by whom, from which status to which.
final class ExemplarTransition: Model, @unchecked Sendable {
    static let schema = "exemplar_transitions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "exemplar_id") var exemplar: Exemplar
    /// "dang_ky", "trien_khai", "ra_soat", "cong_nhan", "khen_thuong", "nhan_rong".
    @Field(key: "step") var step: String
    @OptionalField(key: "from_status") var fromStatus: String?
    @Field(key: "to_status") var toStatus: String
    @Field(key: "on_date") var onDate: String
    @Field(key: "note") var note: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Công nhận — a decision recognising a model at a level.
final class ExemplarRecognition: Model, @unchecked Sendable {
    static let schema = "exemplar_recognitions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "exemplar_id") var exemplar: Exemplar
    @Enum(key: "level") var level: RecognitionLevel
    /// The recognising body.
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "decision_number") var decisionNumber: String
    @Field(key: "decision_date") var decisionDate: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Khen thưởng — a giấy khen or bằng khen, with its decision.
final class ExemplarCommendation: Model, @unchecked Sendable {
    static let schema = "exemplar_commendations"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "exemplar_id") var exemplar: Exemplar
    @Enum(key: "form") var form: CommendationForm
    @Field(key: "granted_by") var grantedBy: String
    @Field(key: "decision_number") var decisionNumber: String
    @Field(key: "decision_date") var decisionDate: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Đợt đăng ký — a registration drive: the launching unit asks units to register by a deadline.
final class ExemplarDrive: Model, @unchecked Sendable {
    static let schema = "exemplar_drives"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "title") var title: String
    @Field(key: "year") var year: Int
    /// ISO date.
    @Field(key: "deadline") var deadline: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// A unit a drive asks to register: the obligation.
final class ExemplarDriveUnit: Model, @unchecked Sendable {
    static let schema = "exemplar_drive_units"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "drive_id") var drive: ExemplarDrive
    @Parent(key: "unit_id") var unit: OrgUnit

    init() {}
}

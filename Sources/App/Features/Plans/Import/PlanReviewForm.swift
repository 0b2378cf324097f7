import Vapor

/// What the review page shows and posts back: every item the reader found, each editable and droppable.
/// The same shape carries a manual plan (with empty lists) and re-renders the page after a validation error.
struct PlanReviewForm: Content {
    struct CitationRow: Content {
        var include: String?
        var docType: String
        var number: String
        var issuedOn: String
        var issuer: String
        var snippet: String?
    }

    /// A unit's duties from "Tổ chức thực hiện": each duty becomes a task the unit leads, with the cooperating units.
    struct DutyRow: Content {
        var include: String?
        var written: String
        /// The units it stands for, by name or code, one per line or separated by ";".
        var units: String?
        /// The API's field: unit codes.
        var unitCodes: String?
        /// Units named to cooperate (phối hợp), written the same way.
        var cooperating: String?

        var typedUnits: String { units ?? unitCodes ?? "" }
        var duties: String
        var hint: String?
        var snippet: String?
    }

    struct TaskRow: Content {
        var include: String?
        var reference: String
        var text: String
        var dueOn: String
    }

    /// A one-off deadline; for each unit it names, one obligation.
    struct DeadlineRow: Content {
        var include: String?
        var what: String
        var dueOn: String
        var sendTo: String
        var written: String
        var units: String?
        /// The API's field: unit codes.
        var unitCodes: String?
        var kind: String
        var hint: String?
        var snippet: String?

        var typedUnits: String { units ?? unitCodes ?? "" }
    }

    struct ReportRow: Content {
        var include: String?
        var period: String
        var dueRule: String
        var dueText: String
        var reporters: String
        var receiver: String
        var snippet: String?
    }

    var fileHash: String?
    var fileName: String?
    /// The issuing unit, by name or code.
    var issuer: String?
    /// The API's field: the issuing unit's code.
    var issuerCode: String?
    var number: String
    var issuedOn: String
    var year: String
    var title: String
    var purposes: String?
    var status: String
    var parentPlanID: String?
    var citations: [CitationRow]?
    var duties: [DutyRow]?
    var tasks: [TaskRow]?
    var deadlines: [DeadlineRow]?
    var reports: [ReportRow]?
    /// "1" when the text was recognised from scanned pages: the page asks for every item to be checked.
    var recognisedFromImages: String?

    var typedIssuer: String { issuer ?? issuerCode ?? "" }
}

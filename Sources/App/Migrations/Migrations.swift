import Fluent

/// Every migration, in the order it landed. Append only; never edit a landed migration.
///
/// A migration is history, so it carries what it needs and calls no live feature code (issue 11, item 2): table names
/// are string literals, rows are written by SQLKit (or by a model declared in the migration's own file, where the app's
/// clock must stamp them), and seeded data is a literal copy in the migration's folder. `scripts/migrations-check`
/// refuses a migration that uses a name declared in `Sources/App/Features`.
enum DanVanMigrations {
    static let all: [any Migration] = [
        SessionRecord.migration,
        CreateUnit(),
        CreateUser(),
        CreateUnitChange(),
        CreateAPIToken(),
        CreateAuditEntry(),
        CreateLoginAttempt(),
        // 002: citizens, petitions and reception
        CreatePetition(),
        CreatePetitionEvent(),
        CreateReception(),
        CreatePublicRequest(),
        // 003: plans, tasks and the cascade
        CreateLegalDocument(),
        CreatePlan(),
        CreatePlanCitation(),
        CreateWorkTask(),
        CreateTaskAssignment(),
        CreateAssignmentUpdate(),
        CreatePlanObligation(),
        CreateReportSchedule(),
        // 004: indexes found by the national-scale benchmark
        CreateUnitPathPatternIndex(),
        DropAssignmentDueOnIndex(),
        // 005: periodic reports
        CreateHoliday(),
        CreateReportTemplate(),
        ExtendReportSchedule(),
        CreateReportRequest(),
        CreateNotification(),
        UpdateUserAddEmail(),
        CreateCalendarToken(),
        // 006: citizens — dialogues, editable profiles and fields, attachments
        CreateDialogue(),
        CreateDeadlineProfile(),
        CreatePetitionField(),
        CreatePetitionAttachment(),
        // 007: what the national benchmarks found
        DropReportRequestUnitForeignKeys(),
        CreateReportRequestGridIndex(),
        // 008: what the citizens benchmark found, and the work list's index
        CreatePetitionSearch(),
        CreatePetitionStatisticsIndex(),
        ReindexPetitionDueDates(),
        CreatePetitionMassIndex(),
        CreateAssignmentDueIndex(),
        // 009: holidays of every year — computed from the law, confirmed by the Government's notice
        CreateHolidayYear(),
        CreateHolidayWorkday(),
        // 010: hardening (issue 12)
        CreateLoginThrottle(),
        CreateSession(),
        CreateAppSecret(),
        // 011: kiến nghị, phản ánh no longer cite a decree about administrative regulations (issue 18, item 11)
        UpdateDeadlineProfileFeedbackBasis(),
        // 012: notices of events (issue 18, item 5)
        UpdateNotificationAddMailPending(),
        UpdateNotificationAddEventKey(),
        // 013: the 2025 reorganisation (issue 14)
        CreateUnitFormerName(),
        // 014: annual scoring of dân vận chính quyền work (issue 15)
        CreateScoring(),
        SeedScoringExamples(),
        // 015: the "Dân vận khéo" registry (issue 16)
        CreateExemplars(),
        // 016: grassroots democracy — disclosure, hamlet votes, consultations (issue 17)
        CreateDemocracy(),
        CreateInspectionRecommendation(),
        CreateSatisfactionRating(),
        // 017: living through the 2025 reorganisation — successions (issue 14)
        CreateUnitSuccession(),
        CreateUnitSplitDecision(),
        // 018: indexes for the scale targets of issues 15–17
        CreateDisclosureCoverageIndex(),
        CreateExemplarListIndexes(),
        // 019: a unit's usual signer of its documents (issue 18)
        CreateUnitSigner(),
        // 022: hương ước, quy ước (issue 17, item 6)
        CreateConventions(),
        UpdateDisclosureCategoryOwner(),
        CreateBoardMember(),
        // 023: each finalised scoring sheet's points per criterion group (issue 15, "Scale")
        CreateScoringSheetGroups(),
        // 024: grassroots-democracy figures in the default report template; supervised investment projects (issue 17, items 7 and 5)
        AddDemocracyReportIndicators(),
        CreateSupervisedProjects(),
        // 025: the parent before a move, for plans read at their date (issue 14)
        AddUnitChangeOldParent(),
        // 026: a hamlet vote's implementation — contributions collected and spent, published back (issue 17, item 2)
        CreateVoteImplementation(),
        // 027: evidence links from a scoring line to the unit's own DanVan records (issue 15, item 3)
        CreateScoringRecordLinks(),
        // 028: the petition index rebuilt after a large reorganisation has committed (issue 14, "Scale")
        CreatePetitionSearchStale(),
        // 029: each finalised scoring sheet's rank in its group, for the paged results (issue 15, "Scale")
        AddScoringSheetRank(),
        // 030: PostgreSQL: no row-by-row check of a scoring line's sheet, for the national round's opening (issue 15, "Scale")
        DropScoringLineSheetCheck(),
        // 031: each scoring sheet's group, fixed when the round opens, for the paged results (issue 15, "Scale")
        AddScoringSheetGroup()
    ]
}

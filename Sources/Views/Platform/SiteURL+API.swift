extension SiteURL {
    /// Every address of the JSON API, under `/api/v1`, named as the pages are (`scoringSheet…`): the app registers each
    /// route at its case and anything that names an API path builds it here, so a renamed route breaks the build.
    /// One case per path; a path answering several methods (`GET` and `POST /api/v1/plans`) is one case.
    /// A parameter that is not the object's id is a `String`: its `:name` when registering, its value when linking.
    public enum API: Sendable {
        case me
        case users
        case user(ID)
        case units
        case unitImport
        case unit(ID)
        case petitions
        case petition(ID)
        /// A workflow step by its name, e.g. `accept`.
        case petitionAction(ID, action: String)
        /// A petition's status by its tracking code, without an account.
        case publicPetitionStatus(code: String)
        case receptionSessions
        case dialogues
        case dialogue(ID)
        case plans
        case plan(ID)
        case planTasks(ID)
        case assignments
        case assignmentUpdates(ID)
        case reportRegimes
        case reportRegime(ID)
        case reportRegimeCalendar(ID)
        case reportConsolidation(ID)
        case reportRequests
        case reportRequest(ID)
        case reportRequestSubmissions(ID)
        case reportRequestReviews(ID)
        case democracyCategories
        case democracyCategoryStatus(ID)
        case democracySettings
        case democracyGrid
        case democracyFigures
        /// The commune-scoped cases (`democracy/communes/…`) take the commune's id.
        case democracyDisclosures(ID)
        case democracyDisclosureWithdrawal(ID)
        case democracyVotes(ID)
        case democracyVoteDecision(ID)
        case democracyVoteImplementation(ID)
        case democracyVoteImplementationEntries(ID)
        case democracyVoteImplementationPublication(ID)
        case democracyConsultations(ID)
        case democracyConsultation(ID)
        case democracyConsultationOpinions(ID)
        case democracyConsultationAnswer(ID)
        case democracyRecommendations(ID)
        case democracyRecommendation(ID)
        case democracyRecommendationAnswer(ID)
        case democracyBoardMembers(ID)
        case democracyBoardMemberEnd(ID)
        case democracySatisfaction(ID)
        case democracyProjects(ID)
        case democracyProject(ID)
        case democracyProjectUpdates(ID)
        case democracyConventions(ID)
        case democracyConvention(ID)
        case democracyConventionSteps(ID)
        case democracyConventionDrafts(ID)
        case democracyConventionReviews(ID)
        case scoringSets
        case scoringSetImport
        case scoringSet(ID)
        case scoringSetCriteria(ID)
        case scoringSetCriterion(ID, code: String)
        case scoringSetBands(ID)
        case scoringRounds
        case scoringRoundResults(ID)
        case scoringSheet(ID)
        case scoringSheetSelfAssessment(ID)
        case scoringSheetRecordLinks(ID)
        case scoringSheetRecordLink(ID, link: String)
        case exemplars
        case exemplar(ID)
        case exemplarUpdates(ID)
        case exemplarRecognitions(ID)
        case exemplarCommendations(ID)
        case exemplarSteps(ID)
        case exemplarReplications(ID)

        /// Where every API path starts.
        public static let root = "/api/v1"

        /// Every case, with `.key` parameters as registered; a test checks that each is registered and that every
        /// registered `/api/v1` route is one of them.
        public static let all: [API] = [
            .me, .users, .user(.key), .units, .unitImport, .unit(.key), .petitions, .petition(.key),
            .petitionAction(.key, action: ":action"), .publicPetitionStatus(code: ":code"), .receptionSessions, .dialogues,
            .dialogue(.key), .plans, .plan(.key), .planTasks(.key), .assignments, .assignmentUpdates(.key), .reportRegimes,
            .reportRegime(.key), .reportRegimeCalendar(.key), .reportConsolidation(.key), .reportRequests, .reportRequest(.key),
            .reportRequestSubmissions(.key), .reportRequestReviews(.key), .democracyCategories, .democracyCategoryStatus(.key),
            .democracySettings, .democracyGrid, .democracyFigures, .democracyDisclosures(.key), .democracyDisclosureWithdrawal(.key),
            .democracyVotes(.key), .democracyVoteDecision(.key), .democracyVoteImplementation(.key),
            .democracyVoteImplementationEntries(.key), .democracyVoteImplementationPublication(.key), .democracyConsultations(.key),
            .democracyConsultation(.key), .democracyConsultationOpinions(.key), .democracyConsultationAnswer(.key),
            .democracyRecommendations(.key), .democracyRecommendation(.key), .democracyRecommendationAnswer(.key),
            .democracyBoardMembers(.key), .democracyBoardMemberEnd(.key), .democracySatisfaction(.key), .democracyProjects(.key),
            .democracyProject(.key), .democracyProjectUpdates(.key), .democracyConventions(.key), .democracyConvention(.key),
            .democracyConventionSteps(.key), .democracyConventionDrafts(.key), .democracyConventionReviews(.key), .scoringSets,
            .scoringSetImport, .scoringSet(.key), .scoringSetCriteria(.key), .scoringSetCriterion(.key, code: ":code"),
            .scoringSetBands(.key), .scoringRounds, .scoringRoundResults(.key), .scoringSheet(.key),
            .scoringSheetSelfAssessment(.key), .scoringSheetRecordLinks(.key), .scoringSheetRecordLink(.key, link: ":link"),
            .exemplars, .exemplar(.key), .exemplarUpdates(.key), .exemplarRecognitions(.key), .exemplarCommendations(.key),
            .exemplarSteps(.key), .exemplarReplications(.key)
        ]

        public var path: String { Self.root + relativePath }

        /// The path after `/api/v1`.
        private var relativePath: String {
            switch self {
            case .me: return "/me"
            case .users: return "/users"
            case .user(let id): return "/users/\(id.component)"
            case .units: return "/units"
            case .unitImport: return "/units/import"
            case .unit(let id): return "/units/\(id.component)"
            case .petitions: return "/petitions"
            case .petition(let id): return "/petitions/\(id.component)"
            case .petitionAction(let id, let action): return "/petitions/\(id.component)/\(action)"
            case .publicPetitionStatus(let code): return "/public/petitions/\(code)"
            case .receptionSessions: return "/reception-sessions"
            case .dialogues: return "/dialogues"
            case .dialogue(let id): return "/dialogues/\(id.component)"
            case .plans: return "/plans"
            case .plan(let id): return "/plans/\(id.component)"
            case .planTasks(let id): return "/plans/\(id.component)/tasks"
            case .assignments: return "/assignments"
            case .assignmentUpdates(let id): return "/assignments/\(id.component)/updates"
            case .reportRegimes: return "/report-regimes"
            case .reportRegime(let id): return "/report-regimes/\(id.component)"
            case .reportRegimeCalendar(let id): return "/report-regimes/\(id.component)/calendar"
            case .reportConsolidation(let id): return "/report-regimes/\(id.component)/consolidation"
            case .reportRequests: return "/report-requests"
            case .reportRequest(let id): return "/report-requests/\(id.component)"
            case .reportRequestSubmissions(let id): return "/report-requests/\(id.component)/submissions"
            case .reportRequestReviews(let id): return "/report-requests/\(id.component)/reviews"
            case .democracyCategories: return "/democracy/categories"
            case .democracyCategoryStatus(let id): return "/democracy/categories/\(id.component)/status"
            case .democracySettings: return "/democracy/settings"
            case .democracyGrid: return "/democracy/grid"
            case .democracyFigures: return "/democracy/figures"
            case .democracyDisclosures(let id): return "/democracy/communes/\(id.component)/disclosures"
            case .democracyDisclosureWithdrawal(let id): return "/democracy/disclosures/\(id.component)/withdrawal"
            case .democracyVotes(let id): return "/democracy/communes/\(id.component)/votes"
            case .democracyVoteDecision(let id): return "/democracy/votes/\(id.component)/decision"
            case .democracyVoteImplementation(let id): return "/democracy/votes/\(id.component)/implementation"
            case .democracyVoteImplementationEntries(let id): return "/democracy/votes/\(id.component)/implementation/entries"
            case .democracyVoteImplementationPublication(let id): return "/democracy/votes/\(id.component)/implementation/publication"
            case .democracyConsultations(let id): return "/democracy/communes/\(id.component)/consultations"
            case .democracyConsultation(let id): return "/democracy/consultations/\(id.component)"
            case .democracyConsultationOpinions(let id): return "/democracy/consultations/\(id.component)/opinions"
            case .democracyConsultationAnswer(let id): return "/democracy/consultations/\(id.component)/answer"
            case .democracyRecommendations(let id): return "/democracy/communes/\(id.component)/recommendations"
            case .democracyRecommendation(let id): return "/democracy/recommendations/\(id.component)"
            case .democracyRecommendationAnswer(let id): return "/democracy/recommendations/\(id.component)/answer"
            case .democracyBoardMembers(let id): return "/democracy/communes/\(id.component)/board-members"
            case .democracyBoardMemberEnd(let id): return "/democracy/communes/\(id.component)/board-members/end"
            case .democracySatisfaction(let id): return "/democracy/communes/\(id.component)/satisfaction"
            case .democracyProjects(let id): return "/democracy/communes/\(id.component)/projects"
            case .democracyProject(let id): return "/democracy/projects/\(id.component)"
            case .democracyProjectUpdates(let id): return "/democracy/projects/\(id.component)/updates"
            case .democracyConventions(let id): return "/democracy/communes/\(id.component)/conventions"
            case .democracyConvention(let id): return "/democracy/conventions/\(id.component)"
            case .democracyConventionSteps(let id): return "/democracy/conventions/\(id.component)/steps"
            case .democracyConventionDrafts(let id): return "/democracy/conventions/\(id.component)/drafts"
            case .democracyConventionReviews(let id): return "/democracy/conventions/\(id.component)/reviews"
            case .scoringSets: return "/scoring-sets"
            case .scoringSetImport: return "/scoring-sets/import"
            case .scoringSet(let id): return "/scoring-sets/\(id.component)"
            case .scoringSetCriteria(let id): return "/scoring-sets/\(id.component)/criteria"
            case .scoringSetCriterion(let id, let code): return "/scoring-sets/\(id.component)/criteria/\(code)"
            case .scoringSetBands(let id): return "/scoring-sets/\(id.component)/bands"
            case .scoringRounds: return "/scoring-rounds"
            case .scoringRoundResults(let id): return "/scoring-rounds/\(id.component)/results"
            case .scoringSheet(let id): return "/scoring-sheets/\(id.component)"
            case .scoringSheetSelfAssessment(let id): return "/scoring-sheets/\(id.component)/self-assessment"
            case .scoringSheetRecordLinks(let id): return "/scoring-sheets/\(id.component)/record-links"
            case .scoringSheetRecordLink(let id, let link): return "/scoring-sheets/\(id.component)/record-links/\(link)"
            case .exemplars: return "/exemplars"
            case .exemplar(let id): return "/exemplars/\(id.component)"
            case .exemplarUpdates(let id): return "/exemplars/\(id.component)/updates"
            case .exemplarRecognitions(let id): return "/exemplars/\(id.component)/recognitions"
            case .exemplarCommendations(let id): return "/exemplars/\(id.component)/commendations"
            case .exemplarSteps(let id): return "/exemplars/\(id.component)/steps"
            case .exemplarReplications(let id): return "/exemplars/\(id.component)/replications"
            }
        }
    }
}

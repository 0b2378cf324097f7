/// Every page's address, used both to register routes (the app) and to build links (the pages), so a renamed route
/// breaks the build.
public enum SiteURL: Sendable {
    /// A path parameter: `.key` when registering a route, `.value(id)` when linking.
    public enum ID: Sendable {
        case key
        case value(Int)

        public var component: String {
            switch self {
            case .key: return ":id"
            case .value(let id): return String(id)
            }
        }
    }

    case home
    case login
    case logout
    case dashboard
    case units
    case unitNew
    case unitImport
    case unitSuggestions
    case unit(ID)
    case unitRename(ID)
    case unitMove(ID)
    case unitClose(ID)
    case unitReopen(ID)
    case users
    case userNew
    case user(ID)
    case userResetPassword(ID)
    case userDisable(ID)
    case userEnable(ID)
    case account
    case accountPassword
    case accountTokens
    case accountTokenRevoke(ID)
    case audit
    case plans
    case planNew
    case planUpload
    case planReview(String)
    case planConfirm
    case plan(ID)
    case planTree(ID)
    case planFile(ID)
    case planEdit(ID)
    case planTaskWeight(ID)
    case planTaskAssignment(ID)
    case planAssignmentDue(ID)
    case assignment(ID)
    case assignmentEvidence(ID)
    case legalDocuments
    case legalDocument(ID)
    case workList
    case petitions
    case petitionNew
    case petitionStatistics
    case petitionStatisticsExport
    case petition(ID)
    case petitionAction(ID, PetitionAction)
    case petitionAttachments(ID)
    case petitionAttachment(ID)
    case receptions
    case receptionSchedules
    case receptionSessions
    case scoring
    case scoringSets
    case scoringSet(ID)
    case scoringSetCopy(ID)
    case scoringSetImport
    case scoringSetImportConfirm
    case scoringSetCSV(ID)
    case scoringSetEdit(ID)
    case scoringSetCriterion(ID)
    case scoringSetCriterionRemove(ID)
    case scoringRoundNew
    case scoringRounds
    case scoringRound(ID)
    case scoringRoundXlsx(ID)
    case scoringRoundDocx(ID)
    case scoringSheet(ID)
    case scoringSheetEvidence(ID)
    case scoringSheetLink(ID)
    case scoringSheetUnlink(ID)
    /// Refreshes a sheet's computed lines from DanVan's records.
    case scoringSheetRefresh(ID)
    case scoringSheetAppraise(ID)
    case scoringSheetReturn(ID)
    case scoringSheetFinalise(ID)
    case scoringSheetObject(ID)
    case scoringSheetAnswer(ID)
    case scoringEvidence(ID)
    case dialogues
    case dialogueNew
    case dialogue(ID)
    case deadlineProfiles
    case deadlineProfile(ID)
    case petitionFields
    case petitionField(ID)
    case petitionFieldToggle(ID)
    case publicSchedule
    case publicPetitionForm
    case publicTracking
    case reports
    case reportTemplates
    case reportCalendar
    case reportTemplateIndicator(ID)
    case reportTemplateSection(ID)
    case reportTemplateCopy(ID)
    case reportRegime(ID)
    case planRegimes(ID)
    case reportRegimeGenerate(ID)
    case reportRegimeAdhoc(ID)
    case reportRegimeSettings(ID)
    case reportRegimeReporters(ID)
    case reportGrid(ID)
    case reportConsolidation(ID)
    case reportConsolidationDocx(ID)
    case reportConsolidationXlsx(ID)
    /// Saves who signs a consolidated report (the unit's signer lines).
    case reportConsolidationSigner(ID)
    case reportUpward(ID)
    case reportRequest(ID)
    case reportRequestReview(ID)
    case reportAttachment(ID)
    case holidays
    case holidayDelete(ID)
    case holidayYear
    case holidayWorkdayDelete(ID)
    case stylesheet
    case script
    case health
    case metrics
    case notifications
    case notificationRead(ID)
    case notificationsReadAll
    /// `/lich/<unit id>.ics`; registered as `/lich/:feed` since the id and the extension share one path component.
    case calendarFeed(ID)
    case accountEmail
    case accountCalendar
    case unitReorganise
    case unitReorganisePreview
    case unitReorganiseApply
    case unitReorganiseMoveAccount
    case unitReorganiseSplitCommunes
    case exemplars
    case exemplarRegister
    case exemplar(ID)
    case exemplarUpdate(ID)
    case exemplarStep(ID)
    case exemplarRecognise(ID)
    case exemplarCommend(ID)
    case exemplarFile(ID)
    case exemplarDrives
    case exemplarDrive(ID)
    case exemplarCounts
    case exemplarCountsXlsx
    case exemplarRecognisedDocx
    case publicExemplars
    case publicExemplar(ID)
    case publicExemplarFile(ID)
    case democracy
    case democracyGrid
    case democracyFigures
    case democracyFiguresXlsx
    case democracyFiguresDocx
    case democracySettings
    case democracyCategories
    case democracyCategory(ID)
    case democracyCategoryToggle(ID)
    case democracyCategoryDelete(ID)
    /// A commune's page; the commune-scoped cases below take the commune's id.
    case democracyCommune(ID)
    case democracyDisclosureNew(ID)
    case democracyDisclosures(ID)
    case democracyDisclosure(ID)
    case democracyDisclosureWithdraw(ID)
    case democracyVoteNew(ID)
    case democracyVotes(ID)
    case democracyVote(ID)
    case democracyVoteDecision(ID)
    case democracyVoteMinutes(ID)
    case democracyVoteImplementation(ID)
    case democracyVoteImplementationPublish(ID)
    case democracyConsultationNew(ID)
    case democracyConsultations(ID)
    case democracyConsultation(ID)
    case democracyConsultationOpinion(ID)
    case democracyConsultationAnswer(ID)
    case democracyRecommendationNew(ID)
    case democracyRecommendations(ID)
    case democracyRecommendation(ID)
    case democracyRecommendationAnswer(ID)
    case democracySatisfaction(ID)
    case democracyBoard(ID)
    case democracyBoardEnd(ID)
    case democracyProjects(ID)
    case democracyProject(ID)
    case democracyProjectUpdate(ID)
    case democracyConventions(ID)
    case democracyConvention(ID)
    case democracyConventionStep(ID)
    case democracyConventionDraft(ID)
    case democracyConventionReview(ID)
    case publicDemocracy
    case publicDemocracyCommune(ID)
    /// The commune's Atom feed of disclosures (no session).
    case publicDemocracyFeed(ID)
    case publicDemocracyDisclosure(ID)
    /// A disclosed file (no session).
    case publicDemocracyFile(ID)
    case publicDemocracyConsultation(ID)
    case publicDemocracyConvention(ID)
    case publicDemocracySatisfaction(ID)

    public var path: String {
        switch self {
        case .home: return "/"
        case .login: return "/dang-nhap"
        case .logout: return "/dang-xuat"
        case .dashboard: return "/tong-quan"
        case .units: return "/don-vi"
        case .unitNew: return "/don-vi/moi"
        case .unitSuggestions: return "/don-vi/goi-y"
        case .unitImport: return "/don-vi/nhap"
        case .unit(let id): return "/don-vi/\(id.component)"
        case .unitRename(let id): return "/don-vi/\(id.component)/doi-ten"
        case .unitMove(let id): return "/don-vi/\(id.component)/chuyen"
        case .unitClose(let id): return "/don-vi/\(id.component)/giai-the"
        case .unitReopen(let id): return "/don-vi/\(id.component)/mo-lai"
        case .users: return "/nguoi-dung"
        case .userNew: return "/nguoi-dung/moi"
        case .user(let id): return "/nguoi-dung/\(id.component)"
        case .userResetPassword(let id): return "/nguoi-dung/\(id.component)/dat-lai-mat-khau"
        case .userDisable(let id): return "/nguoi-dung/\(id.component)/khoa"
        case .userEnable(let id): return "/nguoi-dung/\(id.component)/mo-khoa"
        case .account: return "/tai-khoan"
        case .accountPassword: return "/tai-khoan/mat-khau"
        case .accountTokens: return "/tai-khoan/khoa-api"
        case .accountTokenRevoke(let id): return "/tai-khoan/khoa-api/\(id.component)/thu-hoi"
        case .audit: return "/nhat-ky"
        case .plans: return "/ke-hoach"
        case .planNew: return "/ke-hoach/moi"
        case .planUpload: return "/ke-hoach/tai-len"
        case .planReview(let hash): return "/ke-hoach/tai-len/\(hash)"
        case .planConfirm: return "/ke-hoach/tao"
        case .plan(let id): return "/ke-hoach/\(id.component)"
        case .planTree(let id): return "/ke-hoach/\(id.component)/cay"
        case .planFile(let id): return "/ke-hoach/\(id.component)/van-ban"
        case .planEdit(let id): return "/ke-hoach/\(id.component)/sua"
        case .planTaskWeight(let id): return "/ke-hoach/\(id.component)/trong-so"
        case .planTaskAssignment(let id): return "/ke-hoach/\(id.component)/phan-cong"
        case .planAssignmentDue(let id): return "/ke-hoach/\(id.component)/han-phan-cong"
        case .assignment(let id): return "/phan-cong/\(id.component)"
        case .assignmentEvidence(let id): return "/minh-chung/\(id.component)"
        case .legalDocuments: return "/van-ban-can-cu"
        case .legalDocument(let id): return "/van-ban-can-cu/\(id.component)"
        case .workList: return "/viec-can-lam"
        case .petitions: return "/don-thu"
        case .petitionNew: return "/don-thu/moi"
        case .petitionStatistics: return "/don-thu/thong-ke"
        case .petitionStatisticsExport: return "/don-thu/thong-ke.xlsx"
        case .petition(let id): return "/don-thu/\(id.component)"
        case .petitionAction(let id, let action): return "/don-thu/\(id.component)/\(action.rawValue)"
        case .petitionAttachments(let id): return "/don-thu/\(id.component)/tep-dinh-kem"
        case .petitionAttachment(let id): return "/don-thu/tep-dinh-kem/\(id.component)"
        case .receptions: return "/tiep-cong-dan"
        case .receptionSchedules: return "/tiep-cong-dan/lich"
        case .receptionSessions: return "/tiep-cong-dan/buoi-tiep"
        case .scoring: return "/cham-diem"
        case .scoringSets: return "/cham-diem/bo-tieu-chi"
        case .scoringSet(let id): return "/cham-diem/bo-tieu-chi/\(id.component)"
        case .scoringSetCopy(let id): return "/cham-diem/bo-tieu-chi/\(id.component)/sao-chep"
        case .scoringSetEdit(let id): return "/cham-diem/bo-tieu-chi/\(id.component)/sua"
        case .scoringSetCriterion(let id): return "/cham-diem/bo-tieu-chi/\(id.component)/tieu-chi"
        case .scoringSetCriterionRemove(let id): return "/cham-diem/bo-tieu-chi/\(id.component)/tieu-chi/xoa"
        case .scoringSetImport: return "/cham-diem/bo-tieu-chi/nhap"
        case .scoringSetImportConfirm: return "/cham-diem/bo-tieu-chi/nhap/xac-nhan"
        case .scoringSetCSV(let id): return "/cham-diem/bo-tieu-chi/\(id.component)/tieu-chi.csv"
        case .scoringRoundNew: return "/cham-diem/dot/moi"
        case .scoringRounds: return "/cham-diem/dot"
        case .scoringRound(let id): return "/cham-diem/dot/\(id.component)"
        case .scoringRoundXlsx(let id): return "/cham-diem/dot/\(id.component)/ket-qua.xlsx"
        case .scoringRoundDocx(let id): return "/cham-diem/dot/\(id.component)/quyet-dinh.docx"
        case .scoringSheet(let id): return "/cham-diem/phieu/\(id.component)"
        case .scoringSheetEvidence(let id): return "/cham-diem/phieu/\(id.component)/tai-lieu"
        case .scoringSheetLink(let id): return "/cham-diem/phieu/\(id.component)/lien-ket"
        case .scoringSheetUnlink(let id): return "/cham-diem/phieu/\(id.component)/go-lien-ket"
        case .scoringSheetRefresh(let id): return "/cham-diem/phieu/\(id.component)/cap-nhat-so-lieu"
        case .scoringSheetAppraise(let id): return "/cham-diem/phieu/\(id.component)/tham-dinh"
        case .scoringSheetReturn(let id): return "/cham-diem/phieu/\(id.component)/tra-lai"
        case .scoringSheetFinalise(let id): return "/cham-diem/phieu/\(id.component)/ket-thuc"
        case .scoringSheetObject(let id): return "/cham-diem/phieu/\(id.component)/kien-nghi"
        case .scoringSheetAnswer(let id): return "/cham-diem/phieu/\(id.component)/tra-loi"
        case .scoringEvidence(let id): return "/cham-diem/tai-lieu/\(id.component)"
        case .dialogues: return "/doi-thoai"
        case .dialogueNew: return "/doi-thoai/moi"
        case .dialogue(let id): return "/doi-thoai/\(id.component)"
        case .deadlineProfiles: return "/don-thu/thoi-han"
        case .deadlineProfile(let id): return "/don-thu/thoi-han/\(id.component)"
        case .petitionFields: return "/don-thu/linh-vuc"
        case .petitionField(let id): return "/don-thu/linh-vuc/\(id.component)"
        case .petitionFieldToggle(let id): return "/don-thu/linh-vuc/\(id.component)/ngung-hoac-dung-lai"
        case .publicSchedule: return "/cong-dan"
        case .publicPetitionForm: return "/cong-dan/gui-don"
        case .publicTracking: return "/cong-dan/tra-cuu"
        case .reports: return "/bao-cao"
        case .reportTemplates: return "/bao-cao/mau"
        case .reportCalendar: return "/bao-cao/lich"
        case .reportTemplateIndicator(let id): return "/bao-cao/mau/\(id.component)/chi-tieu"
        case .reportTemplateSection(let id): return "/bao-cao/mau/\(id.component)/phan"
        case .reportTemplateCopy(let id): return "/bao-cao/mau/\(id.component)/sao-chep"
        case .reportRegime(let id): return "/bao-cao/che-do/\(id.component)"
        case .planRegimes(let id): return "/ke-hoach/\(id.component)/che-do-bao-cao"
        case .reportRegimeGenerate(let id): return "/bao-cao/che-do/\(id.component)/lap-lich"
        case .reportRegimeAdhoc(let id): return "/bao-cao/che-do/\(id.component)/dot-xuat"
        case .reportRegimeSettings(let id): return "/bao-cao/che-do/\(id.component)/cai-dat"
        case .reportRegimeReporters(let id): return "/bao-cao/che-do/\(id.component)/don-vi"
        case .reportGrid(let id): return "/bao-cao/che-do/\(id.component)/tinh-hinh"
        case .reportConsolidation(let id): return "/bao-cao/che-do/\(id.component)/tong-hop"
        case .reportConsolidationDocx(let id): return "/bao-cao/che-do/\(id.component)/tong-hop.docx"
        case .reportConsolidationXlsx(let id): return "/bao-cao/che-do/\(id.component)/tong-hop.xlsx"
        case .reportConsolidationSigner(let id): return "/bao-cao/che-do/\(id.component)/tong-hop/nguoi-ky"
        case .reportUpward(let id): return "/bao-cao/che-do/\(id.component)/gui-cap-tren"
        case .reportRequest(let id): return "/bao-cao/yeu-cau/\(id.component)"
        case .reportRequestReview(let id): return "/bao-cao/yeu-cau/\(id.component)/duyet"
        case .reportAttachment(let id): return "/bao-cao/tep/\(id.component)"
        case .holidays: return "/ngay-nghi"
        case .holidayDelete(let id): return "/ngay-nghi/\(id.component)/xoa"
        case .holidayYear: return "/ngay-nghi/nam"
        case .holidayWorkdayDelete(let id): return "/ngay-nghi/lam-bu/\(id.component)/xoa"
        case .stylesheet: return "/static/app.css"
        case .script: return "/static/app.js"
        case .health: return "/healthz"
        case .metrics: return "/metrics"
        case .notifications: return "/thong-bao"
        case .notificationRead(let id): return "/thong-bao/\(id.component)/da-doc"
        case .notificationsReadAll: return "/thong-bao/da-doc-tat-ca"
        case .calendarFeed(.key): return "/lich/:feed"
        case .calendarFeed(.value(let id)): return "/lich/\(id).ics"
        case .accountEmail: return "/tai-khoan/email"
        case .accountCalendar: return "/tai-khoan/lich"
        case .unitReorganise: return "/don-vi/to-chuc-lai"
        case .unitReorganisePreview: return "/don-vi/to-chuc-lai/xem-truoc"
        case .unitReorganiseApply: return "/don-vi/to-chuc-lai/ap-dung"
        case .unitReorganiseMoveAccount: return "/don-vi/to-chuc-lai/chuyen-tai-khoan"
        case .unitReorganiseSplitCommunes: return "/don-vi/to-chuc-lai/xa-chia-tach"
        case .exemplars: return "/dan-van-kheo"
        case .exemplarRegister: return "/dan-van-kheo/dang-ky"
        case .exemplar(let id): return "/dan-van-kheo/\(id.component)"
        case .exemplarUpdate(let id): return "/dan-van-kheo/\(id.component)/cap-nhat"
        case .exemplarStep(let id): return "/dan-van-kheo/\(id.component)/buoc"
        case .exemplarRecognise(let id): return "/dan-van-kheo/\(id.component)/cong-nhan"
        case .exemplarCommend(let id): return "/dan-van-kheo/\(id.component)/khen-thuong"
        case .exemplarFile(let id): return "/dan-van-kheo/tep/\(id.component)"
        case .exemplarDrives: return "/dan-van-kheo/dot-dang-ky"
        case .exemplarDrive(let id): return "/dan-van-kheo/dot-dang-ky/\(id.component)"
        case .exemplarCounts: return "/dan-van-kheo/thong-ke"
        case .exemplarCountsXlsx: return "/dan-van-kheo/thong-ke.xlsx"
        case .exemplarRecognisedDocx: return "/dan-van-kheo/cong-nhan.docx"
        case .publicExemplars: return "/cong-dan/dan-van-kheo"
        case .publicExemplar(let id): return "/cong-dan/dan-van-kheo/\(id.component)"
        case .publicExemplarFile(let id): return "/cong-dan/dan-van-kheo/anh/\(id.component)"
        case .democracy: return "/dan-chu"
        case .democracyGrid: return "/dan-chu/tinh-hinh"
        case .democracyFigures: return "/dan-chu/so-lieu"
        case .democracyFiguresXlsx: return "/dan-chu/so-lieu.xlsx"
        case .democracyFiguresDocx: return "/dan-chu/so-lieu/bao-cao.docx"
        case .democracySettings: return "/dan-chu/tham-so"
        case .democracyCategories: return "/dan-chu/danh-muc"
        case .democracyCategory(let id): return "/dan-chu/danh-muc/\(id.component)"
        case .democracyCategoryToggle(let id): return "/dan-chu/danh-muc/\(id.component)/ngung"
        case .democracyCategoryDelete(let id): return "/dan-chu/danh-muc/\(id.component)/xoa"
        case .democracyCommune(let id): return "/dan-chu/xa/\(id.component)"
        case .democracyDisclosureNew(let id): return "/dan-chu/xa/\(id.component)/cong-khai/moi"
        case .democracyDisclosures(let id): return "/dan-chu/xa/\(id.component)/cong-khai"
        case .democracyDisclosure(let id): return "/dan-chu/cong-khai/\(id.component)"
        case .democracyDisclosureWithdraw(let id): return "/dan-chu/cong-khai/\(id.component)/rut"
        case .democracyVoteNew(let id): return "/dan-chu/xa/\(id.component)/bieu-quyet/moi"
        case .democracyVotes(let id): return "/dan-chu/xa/\(id.component)/bieu-quyet"
        case .democracyVote(let id): return "/dan-chu/bieu-quyet/\(id.component)"
        case .democracyVoteDecision(let id): return "/dan-chu/bieu-quyet/\(id.component)/quyet-dinh"
        case .democracyVoteMinutes(let id): return "/dan-chu/bieu-quyet/\(id.component)/bien-ban"
        case .democracyVoteImplementation(let id): return "/dan-chu/bieu-quyet/\(id.component)/thuc-hien"
        case .democracyVoteImplementationPublish(let id): return "/dan-chu/bieu-quyet/\(id.component)/cong-khai-thuc-hien"
        case .democracyConsultationNew(let id): return "/dan-chu/xa/\(id.component)/lay-y-kien/moi"
        case .democracyConsultations(let id): return "/dan-chu/xa/\(id.component)/lay-y-kien"
        case .democracyConsultation(let id): return "/dan-chu/lay-y-kien/\(id.component)"
        case .democracyConsultationOpinion(let id): return "/dan-chu/lay-y-kien/\(id.component)/y-kien"
        case .democracyConsultationAnswer(let id): return "/dan-chu/lay-y-kien/\(id.component)/tra-loi"
        case .democracyRecommendationNew(let id): return "/dan-chu/xa/\(id.component)/kien-nghi/moi"
        case .democracyRecommendations(let id): return "/dan-chu/xa/\(id.component)/kien-nghi"
        case .democracyRecommendation(let id): return "/dan-chu/kien-nghi/\(id.component)"
        case .democracyRecommendationAnswer(let id): return "/dan-chu/kien-nghi/\(id.component)/tra-loi"
        case .democracySatisfaction(let id): return "/dan-chu/xa/\(id.component)/danh-gia"
        case .democracyBoard(let id): return "/dan-chu/xa/\(id.component)/ban"
        case .democracyBoardEnd(let id): return "/dan-chu/xa/\(id.component)/ban/ket-thuc"
        case .democracyProjects(let id): return "/dan-chu/xa/\(id.component)/cong-trinh"
        case .democracyProject(let id): return "/dan-chu/cong-trinh/\(id.component)"
        case .democracyProjectUpdate(let id): return "/dan-chu/cong-trinh/\(id.component)/cap-nhat"
        case .democracyConventions(let id): return "/dan-chu/xa/\(id.component)/huong-uoc"
        case .democracyConvention(let id): return "/dan-chu/huong-uoc/\(id.component)"
        case .democracyConventionStep(let id): return "/dan-chu/huong-uoc/\(id.component)/buoc"
        case .democracyConventionDraft(let id): return "/dan-chu/huong-uoc/\(id.component)/du-thao"
        case .democracyConventionReview(let id): return "/dan-chu/huong-uoc/\(id.component)/ra-soat"
        case .publicDemocracy: return "/cong-khai"
        case .publicDemocracyCommune(let id): return "/cong-khai/xa/\(id.component)"
        case .publicDemocracyFeed(let id): return "/cong-khai/xa/\(id.component)/atom.xml"
        case .publicDemocracyDisclosure(let id): return "/cong-khai/thong-tin/\(id.component)"
        case .publicDemocracyFile(let id): return "/cong-khai/tep/\(id.component)"
        case .publicDemocracyConsultation(let id): return "/cong-khai/y-kien/\(id.component)"
        case .publicDemocracyConvention(let id): return "/cong-khai/huong-uoc/\(id.component)"
        case .publicDemocracySatisfaction(let id): return "/cong-khai/xa/\(id.component)/danh-gia"
        }
    }
}

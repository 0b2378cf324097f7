import Views

/// The addresses of dân chủ ở cơ sở: staff pages under /dan-chu, public pages under /cong-khai.
enum DemocracyURL {
    static let home = SiteURL.democracy.path
    static let grid = "/dan-chu/tinh-hinh"
    static let settings = "/dan-chu/tham-so"
    static func commune(_ id: Int) -> String { "/dan-chu/xa/\(id)" }
    static func newItem(_ commune: Int) -> String { "/dan-chu/xa/\(commune)/cong-khai/moi" }
    static func items(_ commune: Int) -> String { "/dan-chu/xa/\(commune)/cong-khai" }
    static func item(_ id: Int) -> String { "/dan-chu/cong-khai/\(id)" }
    static func withdraw(_ id: Int) -> String { "/dan-chu/cong-khai/\(id)/rut" }
    static func newVote(_ commune: Int) -> String { "/dan-chu/xa/\(commune)/bieu-quyet/moi" }
    static func votes(_ commune: Int) -> String { "/dan-chu/xa/\(commune)/bieu-quyet" }
    static func vote(_ id: Int) -> String { "/dan-chu/bieu-quyet/\(id)" }
    static func voteDecision(_ id: Int) -> String { "/dan-chu/bieu-quyet/\(id)/quyet-dinh" }
    static func voteMinutes(_ id: Int) -> String { "/dan-chu/bieu-quyet/\(id)/bien-ban" }
    static func newConsultation(_ commune: Int) -> String { "/dan-chu/xa/\(commune)/lay-y-kien/moi" }
    static func consultations(_ commune: Int) -> String { "/dan-chu/xa/\(commune)/lay-y-kien" }
    static func consultation(_ id: Int) -> String { "/dan-chu/lay-y-kien/\(id)" }
    static func consultationOpinion(_ id: Int) -> String { "/dan-chu/lay-y-kien/\(id)/y-kien" }
    static func consultationAnswer(_ id: Int) -> String { "/dan-chu/lay-y-kien/\(id)/tra-loi" }

    static func newRecommendation(_ commune: Int) -> String { "/dan-chu/xa/\(commune)/kien-nghi/moi" }
    static func recommendations(_ commune: Int) -> String { "/dan-chu/xa/\(commune)/kien-nghi" }
    static func recommendation(_ id: Int) -> String { "/dan-chu/kien-nghi/\(id)" }
    static func recommendationAnswer(_ id: Int) -> String { "/dan-chu/kien-nghi/\(id)/tra-loi" }

    static func conventions(_ commune: Int) -> String { "/dan-chu/xa/\(commune)/huong-uoc" }
    static func convention(_ id: Int) -> String { "/dan-chu/huong-uoc/\(id)" }
    static func conventionStep(_ id: Int) -> String { "/dan-chu/huong-uoc/\(id)/buoc" }
    static func conventionDraft(_ id: Int) -> String { "/dan-chu/huong-uoc/\(id)/du-thao" }
    static func conventionReview(_ id: Int) -> String { "/dan-chu/huong-uoc/\(id)/ra-soat" }
    static func publicConvention(_ id: Int) -> String { "/cong-khai/huong-uoc/\(id)" }

    static let publicHome = "/cong-khai"
    static func publicCommune(_ id: Int) -> String { "/cong-khai/xa/\(id)" }
    static func publicFeed(_ id: Int) -> String { "/cong-khai/xa/\(id)/atom.xml" }
    static func publicItem(_ id: Int) -> String { "/cong-khai/thong-tin/\(id)" }
    static func publicFile(_ id: Int) -> String { "/cong-khai/tep/\(id)" }
    static func publicConsultation(_ id: Int) -> String { "/cong-khai/y-kien/\(id)" }
}

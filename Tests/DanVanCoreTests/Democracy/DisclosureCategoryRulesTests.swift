import Testing

@testable import DanVanCore

@Suite struct DisclosureCategoryRulesTests {
    typealias Draft = DisclosureCategoryRules.Draft

    @Test func aNewCategoryNeedsItsOwnCodeTitleAndArticle() {
        let taken: Set<String> = Set(DisclosureCategory.lawDefaults().map(\.code))
        let good = Draft(
            code: " Tinh_Dat_Dai ", title: "Bảng giá đất của tỉnh", article: "Quyết định 12/2026/QĐ-UBND tỉnh, Điều 3",
            minimumPostingDays: "45", frequency: "hang_nam", scope: "xa", sortOrder: "20")
        let (problems, category) = DisclosureCategoryRules.check(good, takenCodes: taken, isNew: true)
        #expect(problems.isEmpty)
        #expect(
            category
                == DisclosureCategory(
                    code: "tinh_dat_dai", title: "Bảng giá đất của tỉnh", article: "Quyết định 12/2026/QĐ-UBND tỉnh, Điều 3",
                    minimumPostingDays: 45, frequency: .yearly, scope: "xa", sortOrder: 20))
        // The law's codes are taken; a code is letters without diacritics, digits and underscores.
        #expect(
            DisclosureCategoryRules.check(Draft(code: "d11k2", title: "x", article: "y"), takenCodes: taken, isNew: true).0["code"]?.code
                == "category_code_taken")
        #expect(
            DisclosureCategoryRules.check(Draft(code: "đất", title: "x", article: "y"), takenCodes: taken, isNew: true).0["code"]?.code
                == "invalid_code")
        // Editing keeps the code: it is not checked again.
        #expect(DisclosureCategoryRules.check(Draft(code: "d11k2", title: "x", article: "y"), takenCodes: taken, isNew: false).0.isEmpty)
        let bad = DisclosureCategoryRules.check(
            Draft(code: "moi", title: " ", article: "", minimumPostingDays: "0", frequency: "?", scope: "?"),
            takenCodes: taken, isNew: true
        ).0
        #expect(Set(bad.keys) == ["title", "article", "minimum_posting_days", "frequency", "scope"])
        #expect(bad["article"]?.code == "missing_article")
        // Empty days: posted permanently; an agency's list is the second scope.
        let permanent = DisclosureCategoryRules.check(
            Draft(
                code: "cq_quy_che", title: "Quy chế dân chủ của cơ quan", article: "Luật 10/2022/QH15, Chương III",
                frequency: "thuong_xuyen", scope: "co_quan"), takenCodes: taken, isNew: true
        ).1
        #expect(permanent?.isPermanent == true && permanent?.scope == "co_quan")
    }

    @Test func aCategoryInUseIsRetiredNotDeleted() {
        #expect(DisclosureCategoryRules.deleteProblem(itemsUsing: 0) == nil)
        #expect(DisclosureCategoryRules.deleteProblem(itemsUsing: 3)?.code == "category_in_use")
        #expect(DisclosureCategoryRules.deleteProblem(itemsUsing: 3)!.message.contains("3 thông tin"))
        #expect(DisclosureCategoryRules.owners(underPath: "/1/5/77/") == [1, 5, 77])
        #expect(DisclosureCategoryRules.owners(underPath: "/") == [])
    }
}

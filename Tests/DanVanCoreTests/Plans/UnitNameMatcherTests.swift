import Testing

@testable import DanVanCore

@Suite struct UnitNameMatcherTests {
    typealias C = UnitNameMatcher.Candidate
    /// Thị xã Hương Trà (1) with its agencies and two communes; a second town's Phòng Nội vụ is outside.
    let town = UnitNameMatcher(
        issuerID: 1,
        candidates: [
            C(id: 1, name: "Thị xã Hương Trà", kind: "huyen", parentID: 100, depth: 1),
            C(id: 2, name: "Phòng Nội vụ", kind: "phong", parentID: 1, depth: 2),
            C(id: 3, name: "Văn phòng HĐND và UBND thị xã", kind: "phong", parentID: 1, depth: 2),
            C(id: 4, name: "Thanh tra thị xã", kind: "phong", parentID: 1, depth: 2),
            C(id: 5, name: "Trung tâm Văn hóa, Thông tin và Thể thao", kind: "don_vi_su_nghiep", parentID: 1, depth: 2),
            C(id: 6, name: "Phường Tứ Hạ", kind: "xa", parentID: 1, depth: 2),
            C(id: 7, name: "Xã Hương Toàn", kind: "xa", parentID: 1, depth: 2),
            C(id: 8, name: "Phòng Văn hóa và Thông tin", kind: "phong", parentID: 1, depth: 2)
        ])

    @Test func namesInTheIssuersSubtree() {
        #expect(town.match("Phòng Nội vụ") == .unit(2))
        #expect(town.match("Văn phòng HĐND&UBND thị xã") == .unit(3))
        #expect(town.match("Thanh tra thị xã") == .unit(4))
        #expect(town.match("Phòng Văn hoá và Thông tin") == .unit(8))  // hoá / hóa
        #expect(town.match("Trung tâm Văn hóa, Thông tin và Thể thao thị xã") == .unit(5))
        #expect(town.match("Phòng Nội vụ thị xã") == .unit(2))
        #expect(town.match("UBND thị xã Hương Trà") == .unit(1))
    }

    @Test func collectivePhrasesExpandToKinds() {
        #expect(town.match("Chủ tịch UBND các xã, phường") == .collective([6, 7], label: "các xã, phường, thị trấn"))
        #expect(town.match("Thủ trưởng các cơ quan, đơn vị") == .collective([2, 3, 4, 5, 8], label: "các cơ quan, đơn vị"))
    }

    @Test func unknownNamesAreNotGuessed() {
        #expect(town.match("Báo Tuyên Quang") == .unknown)
        #expect(town.match("Phòng Dân tộc và Tôn giáo huyện") == .unknown)
    }

    @Test func twoUnitsWithOneNameAreAmbiguous() {
        let matcher = UnitNameMatcher(
            issuerID: 1,
            candidates: [
                C(id: 1, name: "Tỉnh A", kind: "tinh", parentID: nil, depth: 0),
                C(id: 2, name: "Huyện B", kind: "huyen", parentID: 1, depth: 1),
                C(id: 3, name: "Huyện C", kind: "huyen", parentID: 1, depth: 1),
                C(id: 4, name: "Phòng Nội vụ", kind: "phong", parentID: 2, depth: 2),
                C(id: 5, name: "Phòng Nội vụ", kind: "phong", parentID: 3, depth: 2),
                C(id: 6, name: "Sở Nội vụ", kind: "so_ban_nganh", parentID: 1, depth: 1)
            ])
        #expect(matcher.match("Phòng Nội vụ") == .ambiguous([4, 5]))
        #expect(matcher.match("Sở Nội vụ") == .unit(6))
        #expect(matcher.match("Ủy ban nhân dân huyện, thành phố") == .collective([2, 3], label: "các huyện, thị xã, thành phố"))
        #expect(matcher.match("Các sở, ban, ngành thuộc tỉnh") == .collective([6], label: "các sở, ban, ngành"))
    }

    @Test func progressRollsUpByWeight() {
        #expect(PlanProgress.rollUp([(100, 1), (0, 1)]) == 50)
        #expect(PlanProgress.rollUp([(100, 3), (0, 1)]) == 75)
        #expect(PlanProgress.rollUp([(100, 0), (20, 1)]) == 20)
        #expect(PlanProgress.rollUp([]) == 0)
    }
}

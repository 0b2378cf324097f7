import Foundation
import Testing

@testable import DanVanCore

/// Cooperating units ("phối hợp với …") are read with the lead unit.
@Suite struct CooperationReaderTests {
    static let plan = """
        KẾ HOẠCH
        Thực hiện công tác dân vận chính quyền năm 2024
        I. TỔ CHỨC THỰC HIỆN
        1. Phòng Nội vụ: chủ trì, phối hợp với Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện và các cơ quan liên quan tổ chức kiểm tra việc thực\
         hiện.
        2. Phòng Văn hóa và Thông tin: phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền kế hoạch.
        3. Thanh tra huyện: theo dõi việc giải quyết khiếu nại.
        """

    @Test func cooperatingBodiesAreReadAndSplit() throws {
        let plan = try PlanReader.read(text: Self.plan)
        #expect(plan.units == ["Phòng Nội vụ", "Phòng Văn hóa và Thông tin", "Thanh tra huyện"])
        #expect(
            plan.assignments.map(\.cooperating) == [
                ["Ban Dân vận Huyện ủy", "Ủy ban MTTQ Việt Nam huyện", "các cơ quan liên quan"],
                ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"],
                []
            ])
        #expect(plan.jsonLine.contains("\"cooperating\": [\"Ban Dân vận Huyện ủy\""))
    }
}

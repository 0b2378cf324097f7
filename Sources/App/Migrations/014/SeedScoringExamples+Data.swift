/// The data `SeedScoringExamples` inserts: a literal copy of the core's `ExampleCriteriaSets.all` as the live
/// `ScoringSetStore.create` stored it when the migration was frozen (issue 11, item 2) — points in hundredths, the
/// bands, levels and thresholds as the JSON it wrote, which nodes are scored lines and their groups, in the order the
/// rows were inserted (a criterion's position is its place in its set, from 1).
extension SeedScoringExamples {
    struct ExampleSet {
        let title: String
        let decision: String
        let exampleKey: String
        let bonusCap: Int
        let deductionCap: Int
        let bands: String
        let criteria: [Criterion]
    }

    struct Criterion {
        let code: String
        let parentCode: String?
        let text: String
        let maxPoints: Int
        let kind: String
        let role: String
        let levels: String
        let thresholds: String
        let source: String?
        let evidence: String
        let isLine: Bool
        let groupCode: String?
    }

    static let sets: [ExampleSet] = [
        ExampleSet(
            title: "Bộ tiêu chí mẫu theo cấu trúc Tây Ninh (6 tiêu chí, 100 điểm)",
            decision: """
                Quyết định số 1563/QĐ-UBND ngày 01/8/2022 của UBND tỉnh Tây Ninh (mẫu; mức điểm chi tiết và ngưỡng\
                 xếp loại chưa xác nhận)
                """,
            exampleKey: "tay-ninh-1563", bonusCap: 500, deductionCap: 500,
            bands: """
                [{"label":"Hoàn thành xuất sắc","minimum":9000,"minimumGroupPercent":50},{"label":"Hoàn thành\
                 tốt","minimum":7500,"minimumGroupPercent":50},{"label":"Hoàn thành","minimum":5000},{"label":"Không\
                 hoàn thành","minimum":0}]
                """,
            criteria: [
                Criterion(
                    code: "1", parentCode: nil,
                    text: """
                        Tổ chức triển khai quán triệt, thực hiện chủ trương, nghị quyết, quy định, chỉ đạo của cấp trên về\
                         công tác dân vận chính quyền
                        """,
                    maxPoints: 1000, kind: "muc", role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false,
                    groupCode: "1"
                ),
                Criterion(
                    code: "1.1", parentCode: "1", text: "Ban hành kế hoạch thực hiện công tác dân vận chính quyền năm", maxPoints: 500,
                    kind: "co_khong", role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: nil,
                    evidence: "Văn bản triển khai, báo cáo kết quả", isLine: true, groupCode: "1"
                ),
                Criterion(
                    code: "1.2", parentCode: "1", text: "Tổ chức quán triệt, tuyên truyền đến cán bộ, công chức", maxPoints: 500, kind: "muc",
                    role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":500},{"label":"Đạt một phần","points":250},{"label":"Chưa đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "1"
                ),
                Criterion(
                    code: "2", parentCode: nil,
                    text: "Thực hiện tiếp công dân, giải quyết kiến nghị, đề nghị, khiếu nại, tố cáo; phòng, chống tham nhũng", maxPoints: 1000,
                    kind: "muc", role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "2"
                ),
                Criterion(
                    code: "2.1", parentCode: "2", text: "Tiếp công dân định kỳ đúng lịch", maxPoints: 500, kind: "muc", role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":500},{"label":"Đạt một phần","points":250},{"label":"Chưa đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "2"
                ),
                Criterion(
                    code: "2.2", parentCode: "2", text: "Giải quyết đơn thư đúng thời hạn", maxPoints: 500, kind: "muc", role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":500},{"label":"Đạt một phần","points":250},{"label":"Chưa đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "2"
                ),
                Criterion(
                    code: "3", parentCode: nil, text: "Thực hiện quy chế phối hợp với các tổ chức đoàn thể, đoàn thể chính trị - xã hội",
                    maxPoints: 2000, kind: "muc", role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false,
                    groupCode: "3"
                ),
                Criterion(
                    code: "3.1", parentCode: "3", text: "Có quy chế phối hợp và thực hiện đúng quy chế", maxPoints: 1000, kind: "muc",
                    role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":1000},{"label":"Đạt một phần","points":500},{"label":"Chưa\
                         đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "3"
                ),
                Criterion(
                    code: "3.2", parentCode: "3", text: "Số cuộc đối thoại, làm việc với Mặt trận và đoàn thể trong năm", maxPoints: 1000,
                    kind: "nguong", role: "thuong_xuyen", levels: "[]",
                    thresholds: #"[{"minimum":1,"points":400},{"minimum":2,"points":700},{"minimum":4,"points":1000}]"#, source: nil,
                    evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "3"
                ),
                Criterion(
                    code: "4", parentCode: nil, text: "Thực hiện công tác cải cách hành chính", maxPoints: 2000, kind: "muc", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "4"
                ),
                Criterion(
                    code: "4.1", parentCode: "4", text: "Giải quyết thủ tục hành chính đúng hạn", maxPoints: 1000, kind: "muc",
                    role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":1000},{"label":"Đạt một phần","points":500},{"label":"Chưa\
                         đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "4"
                ),
                Criterion(
                    code: "4.2", parentCode: "4", text: "Tỷ lệ báo cáo định kỳ nộp đúng hạn", maxPoints: 1000, kind: "ty_le_tinh",
                    role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: "bao_cao_dung_han",
                    evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "4"
                ),
                Criterion(
                    code: "5", parentCode: nil, text: "Thực hiện quy chế dân chủ ở cơ sở", maxPoints: 2000, kind: "muc", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "5"
                ),
                Criterion(
                    code: "5.1", parentCode: "5", text: "Công khai thông tin theo Luật Thực hiện dân chủ ở cơ sở", maxPoints: 1000, kind: "muc",
                    role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":1000},{"label":"Đạt một phần","points":500},{"label":"Chưa\
                         đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "5"
                ),
                Criterion(
                    code: "5.2", parentCode: "5", text: "Tổ chức hội nghị cán bộ, công chức, viên chức", maxPoints: 1000, kind: "co_khong",
                    role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: nil, evidence: "Văn bản triển khai, báo cáo kết quả",
                    isLine: true, groupCode: "5"
                ),
                Criterion(
                    code: "6", parentCode: nil, text: "Tình hình thực hiện phong trào thi đua “Dân vận khéo” (tên và điểm suy ra, chưa xác nhận)",
                    maxPoints: 2000, kind: "muc", role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false,
                    groupCode: "6"
                ),
                Criterion(
                    code: "6.1", parentCode: "6", text: "Đăng ký và xây dựng mô hình “Dân vận khéo”", maxPoints: 1000, kind: "muc",
                    role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":1000},{"label":"Đạt một phần","points":500},{"label":"Chưa\
                         đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "6"
                ),
                Criterion(
                    code: "6.2", parentCode: "6", text: "Mô hình được công nhận, nhân rộng", maxPoints: 1000, kind: "muc", role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":1000},{"label":"Đạt một phần","points":500},{"label":"Chưa\
                         đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "6"
                ),
                Criterion(
                    code: "T1", parentCode: nil, text: "Được cấp có thẩm quyền khen thưởng về công tác dân vận", maxPoints: 300, kind: "co_khong",
                    role: "diem_thuong", levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: true, groupCode: nil
                ),
                Criterion(
                    code: "T2", parentCode: nil, text: "Có sáng kiến, mô hình mới được nhân rộng", maxPoints: 200, kind: "co_khong",
                    role: "diem_thuong", levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: true, groupCode: nil
                ),
                Criterion(
                    code: "TR1", parentCode: nil, text: "Để xảy ra khiếu nại đông người, vượt cấp kéo dài", maxPoints: 500, kind: "nguong",
                    role: "diem_tru", levels: "[]", thresholds: #"[{"minimum":1,"points":200},{"minimum":2,"points":500}]"#, source: nil,
                    evidence: "", isLine: true, groupCode: nil
                )
            ]
        ),
        ExampleSet(
            title: "Bộ tiêu chí mẫu theo cấu trúc Bắc Kạn (8 nhóm, 90 + 10 điểm cấp trên)",
            decision: """
                Quyết định số 1878-QĐ/TU ngày 30/10/2017 của Ban Thường vụ Tỉnh ủy Bắc Kạn (mẫu; tiêu chí thành phần\
                 và ngưỡng Khá, Trung bình chưa xác nhận)
                """,
            exampleKey: "bac-kan-1878", bonusCap: 0, deductionCap: 0,
            bands: """
                [{"label":"Tốt","minimum":8000},{"label":"Khá","minimum":6500},{"label":"Trung\
                 bình","minimum":5000},{"label":"Yếu","minimum":0}]
                """,
            criteria: [
                Criterion(
                    code: "1", parentCode: nil, text: "Lãnh đạo, chỉ đạo công tác dân vận chính quyền", maxPoints: 1000, kind: "muc",
                    role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "1"
                ),
                Criterion(
                    code: "1.1", parentCode: "1", text: "Kết quả thực hiện (lãnh đạo, chỉ đạo công tác dân vận chính quyền)", maxPoints: 500,
                    kind: "muc", role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":500},{"label":"Đạt một phần","points":250},{"label":"Chưa đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "1"
                ),
                Criterion(
                    code: "1.2", parentCode: "1", text: "Văn bản, báo cáo kiểm chứng", maxPoints: 500, kind: "co_khong", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "Văn bản triển khai, báo cáo kết quả", isLine: true, groupCode: "1"
                ),
                Criterion(
                    code: "2", parentCode: nil, text: "Tuyên truyền, quán triệt chủ trương, chính sách", maxPoints: 1000, kind: "muc",
                    role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "2"
                ),
                Criterion(
                    code: "2.1", parentCode: "2", text: "Kết quả thực hiện (tuyên truyền, quán triệt chủ trương, chính sách)", maxPoints: 500,
                    kind: "muc", role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":500},{"label":"Đạt một phần","points":250},{"label":"Chưa đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "2"
                ),
                Criterion(
                    code: "2.2", parentCode: "2", text: "Văn bản, báo cáo kiểm chứng", maxPoints: 500, kind: "co_khong", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "Văn bản triển khai, báo cáo kết quả", isLine: true, groupCode: "2"
                ),
                Criterion(
                    code: "3", parentCode: nil, text: "Thực hiện quy chế dân chủ ở cơ sở", maxPoints: 1500, kind: "muc", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "3"
                ),
                Criterion(
                    code: "3.1", parentCode: "3", text: "Kết quả thực hiện (thực hiện quy chế dân chủ ở cơ sở)", maxPoints: 700, kind: "muc",
                    role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":700},{"label":"Đạt một phần","points":350},{"label":"Chưa đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "3"
                ),
                Criterion(
                    code: "3.2", parentCode: "3", text: "Văn bản, báo cáo kiểm chứng", maxPoints: 800, kind: "co_khong", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "Văn bản triển khai, báo cáo kết quả", isLine: true, groupCode: "3"
                ),
                Criterion(
                    code: "4", parentCode: nil, text: "Tiếp công dân, giải quyết khiếu nại, tố cáo", maxPoints: 1500, kind: "muc",
                    role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "4"
                ),
                Criterion(
                    code: "4.1", parentCode: "4", text: "Kết quả thực hiện (tiếp công dân, giải quyết khiếu nại, tố cáo)", maxPoints: 700,
                    kind: "muc", role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":700},{"label":"Đạt một phần","points":350},{"label":"Chưa đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "4"
                ),
                Criterion(
                    code: "4.2", parentCode: "4", text: "Văn bản, báo cáo kiểm chứng", maxPoints: 800, kind: "co_khong", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "Văn bản triển khai, báo cáo kết quả", isLine: true, groupCode: "4"
                ),
                Criterion(
                    code: "5", parentCode: nil, text: "Cải cách hành chính, thái độ phục vụ nhân dân", maxPoints: 1500, kind: "muc",
                    role: "thuong_xuyen", levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "5"
                ),
                Criterion(
                    code: "5.1", parentCode: "5", text: "Kết quả thực hiện (cải cách hành chính, thái độ phục vụ nhân dân)", maxPoints: 700,
                    kind: "muc", role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":700},{"label":"Đạt một phần","points":350},{"label":"Chưa đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "5"
                ),
                Criterion(
                    code: "5.2", parentCode: "5", text: "Văn bản, báo cáo kiểm chứng", maxPoints: 800, kind: "co_khong", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "Văn bản triển khai, báo cáo kết quả", isLine: true, groupCode: "5"
                ),
                Criterion(
                    code: "6", parentCode: nil, text: "Phối hợp với Mặt trận và các đoàn thể", maxPoints: 1000, kind: "muc", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "6"
                ),
                Criterion(
                    code: "6.1", parentCode: "6", text: "Kết quả thực hiện (phối hợp với mặt trận và các đoàn thể)", maxPoints: 500, kind: "muc",
                    role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":500},{"label":"Đạt một phần","points":250},{"label":"Chưa đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "6"
                ),
                Criterion(
                    code: "6.2", parentCode: "6", text: "Văn bản, báo cáo kiểm chứng", maxPoints: 500, kind: "co_khong", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "Văn bản triển khai, báo cáo kết quả", isLine: true, groupCode: "6"
                ),
                Criterion(
                    code: "7", parentCode: nil, text: "Phong trào thi đua “Dân vận khéo”", maxPoints: 1000, kind: "muc", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "7"
                ),
                Criterion(
                    code: "7.1", parentCode: "7", text: "Kết quả thực hiện (phong trào thi đua “dân vận khéo”)", maxPoints: 500, kind: "muc",
                    role: "thuong_xuyen",
                    levels: """
                        [{"label":"Tốt","points":500},{"label":"Đạt một phần","points":250},{"label":"Chưa đạt","points":0}]
                        """,
                    thresholds: "[]", source: nil, evidence: "Báo cáo, biên bản, số liệu kèm theo", isLine: true, groupCode: "7"
                ),
                Criterion(
                    code: "7.2", parentCode: "7", text: "Văn bản, báo cáo kiểm chứng", maxPoints: 500, kind: "co_khong", role: "thuong_xuyen",
                    levels: "[]", thresholds: "[]", source: nil, evidence: "Văn bản triển khai, báo cáo kết quả", isLine: true, groupCode: "7"
                ),
                Criterion(
                    code: "8", parentCode: nil, text: "Chế độ thông tin, báo cáo", maxPoints: 500, kind: "muc", role: "thuong_xuyen", levels: "[]",
                    thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "8"
                ),
                Criterion(
                    code: "8.1", parentCode: "8", text: "Tỷ lệ báo cáo định kỳ nộp đúng hạn", maxPoints: 500, kind: "ty_le_tinh",
                    role: "thuong_xuyen", levels: "[]",
                    thresholds: #"[{"minimum":50,"points":200},{"minimum":80,"points":400},{"minimum":100,"points":500}]"#,
                    source: "bao_cao_dung_han", evidence: "Số liệu báo cáo trên DanVan", isLine: true, groupCode: "8"
                ),
                Criterion(
                    code: "9", parentCode: nil, text: "Cấp trên đánh giá", maxPoints: 1000, kind: "muc", role: "thuong_xuyen", levels: "[]",
                    thresholds: "[]", source: nil, evidence: "", isLine: false, groupCode: "9"
                ),
                Criterion(
                    code: "9.1", parentCode: "9", text: "Điểm do cấp trên đánh giá", maxPoints: 1000, kind: "nguong", role: "thuong_xuyen",
                    levels: "[]",
                    thresholds: """
                        [{"minimum":0,"points":0},{"minimum":1,"points":100},{"minimum":2,"points":200},{"minimum":3,"points":300},\
                        {"minimum":4,"points":400},{"minimum":5,"points":500},{"minimum":6,"points":600},{"minimum":7,"points":700},\
                        {"minimum":8,"points":800},{"minimum":9,"points":900},{"minimum":10,"points":1000}]
                        """,
                    source: nil, evidence: "Do cấp trên chấm", isLine: true, groupCode: "9"
                )
            ]
        )
    ]
}

import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct PetitionRulesTests {
    /// The statistics' default period is this year so far, which misses cases received a few days ago on 1 January.
    static let lastThirtyDays = "tu=\(TestClock.today.adding(days: -30).vietnamese)&den=\(TestClock.today.vietnamese)"

    /// The edit form's fields for a stored version, as the page fills them in.
    private func form(_ record: DeadlineProfileRecord, note: String = "Đối chiếu Luật Khiếu nại 2011") -> [String: String] {
        var form = [
            "note": note, "extension_max_count": String(record.extensionMaxCount), "extension_days": String(record.extensionDays),
            "extension_citation": record.extensionCitation
        ]
        for (prefix, values, counting, citation, confirmed) in [
            (
                "accept", [record.acceptDays, record.acceptComplexDays, record.acceptRemoteDays, record.acceptRemoteComplexDays],
                record.acceptCounting, record.acceptCitation, record.acceptConfirmed
            ),
            (
                "resolve", [record.resolveDays, record.resolveComplexDays, record.resolveRemoteDays, record.resolveRemoteComplexDays],
                record.resolveCounting, record.resolveCitation, record.resolveConfirmed
            )
        ] {
            for (suffix, value) in zip(["_days", "_complex_days", "_remote_days", "_remote_complex_days"], values) {
                form[prefix + suffix] = String(value)
            }
            form[prefix + "_counting"] = counting.rawValue
            form[prefix + "_citation"] = citation
            if confirmed { form[prefix + "_confirmed"] = "true" }
        }
        return form
    }

    @Test func theShippedDefaultsAreStoredWithTheirUnconfirmedMarks() async throws {
        try await withTestApp { app in
            let stored = try await PetitionRuleStore.profiles(on: app.db)
            #expect(Set(stored.all) == Set(DeadlineProfiles.defaults.all))
            // Migration 011 stored the checked versions on top of version 1, and new cases use them.
            for kind in [PetitionKind.recommendation, .feedback] {
                #expect(stored.current(for: kind, instance: .first) == DeadlineProfiles.defaults.current(for: kind, instance: .first))
            }
            let added = try await DeadlineProfileRecord.query(on: app.db).filter(\.$version == 2).all()
            #expect(added.count == 2 && added.allSatisfy { $0.note.contains("20/2008") && $0.createdBy == "he-thong" })
            #expect(try await PetitionRuleStore.fields(on: app.db).all.map(\.code) == PetitionField.defaults.map(\.code))
            try await Fixtures.seedPetitions(app)
            var leader = Browser(app)
            try await leader.login("lanhdao")
            let page = try await leader.get("/don-thu/thoi-han").body.string
            #expect(page.contains("khieu_nai/lan_hai/2011-v1") && page.contains("CHƯA ĐỐI CHIẾU"))
            #expect(!page.contains(">Sửa<"))
            #expect(try await leader.get("/don-thu/thoi-han/1").status == .forbidden)
        }
    }

    @Test func anEditedProfileIsANewVersionAndRunningCasesKeepTheirs() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let before = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480")
            let record = try #require(try await DeadlineProfileRecord.query(on: app.db).filter(\.$code == before.profileID).first())
            // The rules hold for the whole country: a district's inspectorate reads them, the province's keeps them.
            var district = Browser(app)
            try await district.login("thanhtra")
            #expect(try await district.get("/don-thu/thoi-han/\(record.id!)").status == .forbidden)
            var inspector = Browser(app)
            try await inspector.login("thanhtra.tinh")
            let edit = try await inspector.get("/don-thu/thoi-han/\(record.id!)")
            #expect(edit.status == .ok && edit.body.string.contains("Luật Khiếu nại 2011, Điều 27"))

            var bad = form(record, note: "")
            bad["accept_days"] = "0"
            let refused = try await inspector.post("/don-thu/thoi-han/\(record.id!)", form: bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(
                refused.body.string.contains("Số ngày phải là số nguyên từ 1 đến 365.") && refused.body.string.contains("Vui lòng ghi lý do sửa đổi"))
            #expect(try await DeadlineProfileRecord.query(on: app.db).count() == DeadlineProfiles.defaults.all.count)

            var changed = form(record)
            changed["accept_days"] = "5"
            changed["accept_complex_days"] = "5"
            changed["accept_remote_days"] = "5"
            changed["accept_remote_complex_days"] = "5"
            #expect(try await inspector.post("/don-thu/thoi-han/\(record.id!)", form: changed).status == .seeOther)
            // Received Monday 09/11/2026: five days later is a Saturday, so the time limit ends Monday 16/11/2026.
            app.clock = .fixed(CivilDate(year: 2026, month: 11, day: 12)!)
            let after = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480")
            #expect(after.profileID == "khieu_nai/lan_dau/2011-v2")
            #expect(after.received.iso == "2026-11-09" && after.acceptDue == "2026-11-16")
            let reloaded = try #require(try await Petition.find(before.id, on: app.db))
            #expect(reloaded.profileID == record.code && reloaded.acceptDue == before.acceptDue)
            // The old case still shows the rule it was computed with; the list shows the new version in force.
            #expect(try await inspector.get("/don-thu/\(before.id!)").body.string.contains("Thụ lý trong 10 ngày"))
            #expect(try await inspector.get("/don-thu/\(after.id!)").body.string.contains("Thụ lý trong 5 ngày"))
            #expect(try await inspector.get("/don-thu/thoi-han").body.string.contains("khieu_nai/lan_dau/2011-v2"))
            let audit = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == "deadline_profile").first())
            #expect(audit.entityID == "khieu_nai/lan_dau/2011-v2" && audit.username == "thanhtra.tinh")
            #expect((audit.before ?? "").contains("2011-v1") && (audit.after ?? "").contains("\"acceptDays\":5"))

            // A form still open on v1 cannot silently replace v2: it is refused and the typed values stay on the page.
            var stale = form(record)
            stale["accept_days"] = "7"
            stale["accept_complex_days"] = "7"
            stale["accept_remote_days"] = "7"
            stale["accept_remote_complex_days"] = "7"
            let refusedStale = try await inspector.post("/don-thu/thoi-han/\(record.id!)", form: stale)
            #expect(refusedStale.status == .conflict)
            #expect(refusedStale.body.string.contains("vừa được người khác sửa"))
            #expect(try await DeadlineProfileRecord.query(on: app.db).count() == DeadlineProfiles.defaults.all.count + 1)
        }
    }

    @Test func fieldsAreAddedRenamedAndRetiredButNeverLost() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            var inspector = Browser(app)
            try await inspector.login("thanhtra.tinh")
            _ = try await inspector.get("/don-thu/linh-vuc")
            #expect(try await inspector.post("/don-thu/linh-vuc", form: ["label": "Giáo dục, y tế"]).status == .seeOther)
            let added = try #require(try await PetitionFieldRecord.query(on: app.db).filter(\.$code == "giao_duc_y_te").first())
            let duplicate = try await inspector.post("/don-thu/linh-vuc", form: ["label": "giao duc, Y TẾ"])
            #expect(duplicate.status == .unprocessableEntity && duplicate.body.string.contains("Đã có lĩnh vực"))

            let case1 = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "480")
            try await PetitionWorkflow.classify(
                case1,
                .init(
                    kinds: [.feedback], instance: .first, field: "giao_duc_y_te", inCompetence: true, flags: [],
                    unitID: town.id!), actor: .commandLine(at: TestClock.now), rules: app.petitionRules, on: app.db)
            _ = try await inspector.get("/don-thu/linh-vuc")
            _ = try await inspector.post("/don-thu/linh-vuc/\(added.id!)", form: ["label": "Giáo dục, đào tạo và y tế"])
            _ = try await inspector.post("/don-thu/linh-vuc/\(added.id!)/ngung-hoac-dung-lai", form: [:])
            let retired = try #require(try await PetitionFieldRecord.find(added.id, on: app.db))
            #expect(retired.isRetired && retired.code == "giao_duc_y_te" && retired.label == "Giáo dục, đào tạo và y tế")

            // The case keeps its field and its new name; a new case may not pick the retired field.
            let page = try await inspector.get("/don-thu/\(case1.id!)").body.string
            #expect(page.contains("Giáo dục, đào tạo và y tế"))
            let case2 = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "480")
            _ = try await inspector.get("/don-thu/\(case2.id!)")
            _ = try await inspector.post(
                "/don-thu/\(case2.id!)/phan-loai", form: ["kinds[]": "phan_anh", "field": "giao_duc_y_te", "competence": "true", "unit": "480"])
            #expect(try await inspector.get("/don-thu/\(case2.id!)").body.string.contains("Lĩnh vực không hợp lệ hoặc đã ngừng sử dụng."))
            let stats = try await inspector.get("/don-thu/thong-ke?" + Self.lastThirtyDays).body.string
            #expect(stats.contains("Lĩnh vực: Giáo dục, đào tạo và y tế"))
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "petition_field").sort(\.$id).all().map(\.action)
            #expect(actions == ["create", "rename", "retire"])

            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            _ = try await officer.get("/don-thu/linh-vuc")
            #expect(try await officer.post("/don-thu/linh-vuc", form: ["label": "Khác nữa"]).status == .forbidden)
        }
    }
}

import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// Who filed a tố cáo is sealed: no suggestion may link it to its author, and a grant to see it stays with its unit.
@Suite struct DenouncerSealTests {
    @Test func sameCitizenSuggestionsNeverCrossTheSeal() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let denunciation = try await Fixtures.petition(
                app, kinds: [.denunciation], unitCode: "19900", subject: "Tố cáo cán bộ địa chính nhận tiền")
            let other = try await Fixtures.petition(app, kinds: [.recommendation], unitCode: "19900", subject: "Đề nghị sửa đường làng")
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            let fromOther = try await officer.get("/don-thu/\(other.id!)").body.string
            #expect(fromOther.contains("Nguyễn Văn Dân"), "the officer sees who sent the recommendation")
            #expect(!fromOther.contains(denunciation.trackingCode), "the recommendation must not point to its author's tố cáo")
            let fromDenunciation = try await officer.get("/don-thu/\(denunciation.id!)").body.string
            #expect(!fromDenunciation.contains(other.trackingCode), "the tố cáo must not point to its author's other petitions")

            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            let forInspector = try await inspector.get("/don-thu/\(denunciation.id!)").body.string
            #expect(forInspector.contains(other.trackingCode) && forInspector.contains("Cùng người gửi"))
        }
    }

    @Test func aSuspectedIDNumberCannotBeProbedThroughANewPetition() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let sealed = try await Fixtures.petition(
                app, kinds: [.denunciation], unitCode: "19900", subject: "Tố cáo cán bộ địa chính nhận tiền", daysAgo: 10)
            // The officer takes in a petition of their own making with the ID number they suspect.
            let probe = try await Fixtures.petition(
                app, kinds: [.feedback], unitCode: "19900", subject: "Phản ánh tiếng ồn ban đêm", citizen: "Người thử", daysAgo: 1)
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            let page = try await officer.get("/don-thu/\(probe.id!)").body.string
            #expect(page.contains("Người thử"))
            #expect(!page.contains(sealed.trackingCode))
            #expect(!page.contains("Cùng người gửi"))
        }
    }

    @Test func aGrantToSeeTheDenouncerDoesNotFollowAReassignment() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            _ = try await UserService.create(
                .init(
                    username: "canbo.huongtoan", fullName: "Cán bộ xã Hương Toàn", role: .unitOfficer, unitCode: "19901",
                    password: Fixtures.password),
                actor: .commandLine(at: TestClock.now), scopePath: nil, hasher: app.password.async, on: app.db)
            let petition = try await Fixtures.petition(app, kinds: [.denunciation], unitCode: "19900", subject: "Tố cáo cán bộ địa chính nhận tiền")
            try await PetitionWorkflow.grantIdentity(petition, actor: .commandLine(at: TestClock.now), on: app.db)
            let elsewhere = try await Fixtures.unit("19901", on: app)
            try await PetitionWorkflow.classify(
                petition,
                .init(
                    kinds: [.denunciation], instance: .first, field: "dat_dai", inCompetence: true, flags: [],
                    unitID: elsewhere.id!),
                actor: .commandLine(at: TestClock.now), rules: app.petitionRules, on: app.db)
            let reloaded = try #require(try await Petition.find(petition.id, on: app.db))
            #expect(reloaded.identityGranted == false)
            var officer = Browser(app)
            try await officer.login("canbo.huongtoan")
            let page = try await officer.get("/don-thu/\(petition.id!)")
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("Nguyễn Văn Dân"))
            #expect(!page.body.string.contains("046090001234"))
        }
    }
}

import DanVanCore
import Foundation
import Testing

/// The "Dân vận khéo" registry's rules: lifecycle, recognition levels, replication links, lateness, duplicates.
@Suite struct ExemplarRulesTests {
    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    func target(_ status: ExemplarStatus, _ step: ExemplarStep) -> ExemplarStatus? {
        if case .success(let next) = ExemplarLifecycle.next(from: status, step) { return next }
        return nil
    }

    func code(_ status: ExemplarStatus, _ step: ExemplarStep) -> String? {
        if case .failure(let problem) = ExemplarLifecycle.next(from: status, step) { return problem.code }
        return nil
    }

    @Test func theLifecycleRunsFromRegistrationToReplication() {
        #expect(target(.registered, .launch) == .launched)
        #expect(target(.launched, .review(.good)) == .good)
        #expect(target(.good, .recognise) == .recognised)
        #expect(target(.recognised, .commend) == .commended)
        #expect(target(.commended, .replicate) == .replicated)
        #expect(target(.recognised, .replicate) == .replicated)
        // Recognised again at a higher level, or commended again, the status stays.
        #expect(target(.replicated, .recognise) == .replicated)
        #expect(target(.commended, .commend) == .commended)
        // A good model replicated before recognition keeps its status.
        #expect(target(.good, .replicate) == .good)
    }

    @Test func reviewsClassifyAndAStoppedModelMovesNoFurther() {
        #expect(target(.launched, .review(.toConsolidate)) == .toConsolidate)
        #expect(target(.toConsolidate, .review(.good)) == .good)
        #expect(target(.launched, .review(.stopped)) == .stopped)
        #expect(target(.registered, .review(.stopped)) == .stopped)
        #expect(target(.recognised, .review(.good)) == .recognised)
        #expect(target(.recognised, .review(.toConsolidate)) == .toConsolidate)
        for step in [ExemplarStep.launch, .review(.good), .recognise, .commend, .replicate] {
            #expect(code(.stopped, step) == "exemplar_stopped")
        }
        #expect(ExemplarLifecycle.offered(from: .stopped).isEmpty)
    }

    @Test func stepsOutOfOrderAreRefusedWithACode() {
        #expect(code(.registered, .review(.good)) == "not_launched")
        #expect(code(.launched, .recognise) == "not_reviewed_good")
        #expect(code(.toConsolidate, .recognise) == "not_reviewed_good")
        #expect(code(.good, .commend) == "not_recognised")
        #expect(code(.launched, .launch) == "already_launched")
        #expect(code(.registered, .replicate) == "not_launched")
        #expect(ExemplarLifecycle.offered(from: .registered) == [.launch, .review(.stopped)])
        #expect(ExemplarLifecycle.offered(from: .good).contains(.recognise))
        #expect(!ExemplarLifecycle.offered(from: .good).contains(.commend))
    }

    @Test func aBodyRecognisesAtItsOwnLevelOrBelowAndOnlyUpwards() {
        #expect(ExemplarRules.recognitionProblem(level: .district, recogniser: .district, current: nil) == nil)
        #expect(ExemplarRules.recognitionProblem(level: .commune, recogniser: .province, current: nil) == nil)
        #expect(ExemplarRules.recognitionProblem(level: .province, recogniser: .district, current: nil)?.code == "level_above_recogniser")
        #expect(ExemplarRules.recognitionProblem(level: .district, recogniser: nil, current: nil)?.code == "recogniser_cannot_recognise")
        #expect(ExemplarRules.recognitionProblem(level: .district, recogniser: .province, current: .district)?.code == "level_not_higher")
        #expect(ExemplarRules.recognitionProblem(level: .commune, recogniser: .province, current: .district)?.code == "level_not_higher")
        #expect(ExemplarRules.recognitionProblem(level: .province, recogniser: .province, current: .district) == nil)
        #expect(RecognitionLevel.allCases.sorted() == [.commune, .district, .province, .central])
    }

    @Test func aReplicationCannotPointToItselfOrCloseALoop() {
        // 3 replicates 2, which replicates 1.
        let originals = [3: 2, 2: 1]
        let originalOf: (Int) -> Int? = { originals[$0] }
        #expect(ExemplarRules.replicationProblem(copy: 4, original: 3, originalOf: originalOf) == nil)
        #expect(ExemplarRules.replicationProblem(copy: nil, original: 3, originalOf: originalOf) == nil)
        #expect(ExemplarRules.replicationProblem(copy: 3, original: 3, originalOf: originalOf)?.code == "replication_self")
        // 1 made a replication of 3 would close 1 → 3 → 2 → 1.
        #expect(ExemplarRules.replicationProblem(copy: 1, original: 3, originalOf: originalOf)?.code == "replication_loop")
        #expect(ExemplarRules.replicationProblem(copy: 2, original: 3, originalOf: originalOf)?.code == "replication_loop")
        // A chain that already loops is named, not followed for ever.
        let broken = [5: 6, 6: 5]
        #expect(ExemplarRules.replicationProblem(copy: 9, original: 5, originalOf: { broken[$0] })?.code == "replication_loop")
    }

    @Test func aRegistrationAfterTheDeadlineIsLate() {
        #expect(!ExemplarRules.isLate(registeredOn: date("2026-03-25"), deadline: date("2026-03-25")))
        #expect(ExemplarRules.isLate(registeredOn: date("2026-03-26"), deadline: date("2026-03-25")))
        #expect(!ExemplarRules.isLate(registeredOn: date("2026-12-31"), deadline: nil))
        let deadline = date("2026-03-25")
        #expect(ExemplarDriveRules.standing(firstRegisteredOn: date("2026-03-01"), deadline: deadline, today: date("2026-04-01")) == .registered)
        #expect(ExemplarDriveRules.standing(firstRegisteredOn: date("2026-03-30"), deadline: deadline, today: date("2026-04-01")) == .registeredLate)
        #expect(ExemplarDriveRules.standing(firstRegisteredOn: nil, deadline: deadline, today: date("2026-03-25")) == .pending)
        #expect(ExemplarDriveRules.standing(firstRegisteredOn: nil, deadline: deadline, today: date("2026-03-26")) == .missing)
    }

    @Test func duplicatesAndSimilarNamesIgnoreDiacritics() {
        #expect(ExemplarRules.isDuplicate("Mô hình  Dân vận khéo hiến đất làm đường", "mo hinh dan van kheo hien dat lam duong"))
        #expect(!ExemplarRules.isDuplicate("Hiến đất làm đường", "Hiến đất làm đường liên thôn"))
        #expect(ExemplarRules.isSimilar("Vận động nhân dân hiến đất làm đường", "Mô hình hiến đất mở đường giao thông nông thôn"))
        #expect(!ExemplarRules.isSimilar("Vận động nhân dân hiến đất làm đường", "Tổ tự quản an ninh trật tự"))
        // The words every registration shares do not make two names similar.
        #expect(!ExemplarRules.isSimilar("Mô hình Dân vận khéo số 1", "Mô hình Dân vận khéo về môi trường"))
        #expect(ExemplarField.allCases.count == 4)
    }
}

@Suite struct ExemplarFileRulesTests {
    @Test func onlyJPEGPNGAndPDFByContentWithinTheLimit() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
        #expect(ExemplarFileRules.sniff(png) == .png)
        #expect(ExemplarFileRules.sniff(Data([0xFF, 0xD8, 0xFF, 0xE0])) == .jpeg)
        #expect(ExemplarFileRules.sniff(Data("%PDF-1.7\n".utf8)) == .pdf)
        // A script renamed to .jpg is not a photo.
        #expect(ExemplarFileRules.sniff(Data("<script>alert(1)</script>".utf8)) == nil)
        if case .failure(let problem) = ExemplarFileRules.check(Data("GIF89a".utf8)) {
            #expect(problem.code == "file_type_not_allowed")
        } else {
            Issue.record("GIF accepted")
        }
        if case .failure(let problem) = ExemplarFileRules.check(Data()) {
            #expect(problem.code == "file_missing")
        } else {
            Issue.record("empty accepted")
        }
        var big = png
        big.append(Data(count: ExemplarFileRules.maxBytes))
        if case .failure(let problem) = ExemplarFileRules.check(big) {
            #expect(problem.code == "file_too_large")
        } else {
            Issue.record("oversized accepted")
        }
        if case .success(let type) = ExemplarFileRules.check(png) { #expect(type.contentType == "image/png") } else { Issue.record("PNG refused") }
    }
}

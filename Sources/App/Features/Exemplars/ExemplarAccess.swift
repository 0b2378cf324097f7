import DanVanCore
import Vapor

/// Who may see and change a model, and at which level a body recognises.
enum ExemplarAccess {
    /// Registering, updating, reviewing: a writing role whose subtree holds the owning unit.
    static func canChange(_ user: User, unit: OrgUnit) -> Bool {
        user.role.canWrite && user.canSee(unit)
    }

    /// The person an individual điển hình names: inside the owning unit's tree (whoever oversees it), elsewhere only
    /// with the person's recorded consent.
    static func seesPerson(_ user: User?, exemplar: Exemplar, unit: OrgUnit) -> Bool {
        if exemplar.personConsent { return true }
        guard let user else { return false }
        return user.canSee(unit)
    }

    /// A body's own level of recognition: a province and its departments recognise at the province's level, a district
    /// and its offices at the district's, a commune at the commune's; the country's root at the central level; a
    /// thôn, tổ dân phố, a front organisation or a public-service unit does not recognise.
    static func recognitionLevel(of unit: OrgUnit) -> RecognitionLevel? {
        switch unit.kind {
        case .province, .department: return .province
        case .district, .office: return .district
        case .commune: return .commune
        case .other: return unit.depth == 0 ? .central : nil
        case .hamlet, .publicService, .front: return nil
        }
    }
}

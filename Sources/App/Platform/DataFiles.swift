import Foundation

/// Where the shipped data files (official unit lists, agency template) are found:
/// `DANVAN_SHARE_DIR`, else `./data`, else the `data` folder of the source checkout this binary was built from.
enum DataFiles {
    static var directory: String {
        if let dir = ProcessInfo.processInfo.environment["DANVAN_SHARE_DIR"], !dir.isEmpty { return dir }
        if FileManager.default.fileExists(atPath: "data/agency-template.csv") { return "data" }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data").path
    }

    static func unitList(structure: String) -> String { directory + "/vn-admin-units-\(structure).csv" }
    static var agencyTemplate: String { directory + "/agency-template.csv" }
    /// The official 2024 → 2025 conversion table.
    static var conversionTable: String { directory + "/vn-admin-units-2025-from-2024.csv" }
}

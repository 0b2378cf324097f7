import Foundation
import Testing
import Vapor
import VaporTesting
import Views

@testable import App

/// The JSON API's addresses are in the route table (issue 11, item 3): every route under /api/v1 is registered at a
/// `SiteURL.API` case, every case is registered, and openapi.json describes exactly the registered routes.
@Suite struct APIRouteTableTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// "METHOD /api/v1/…/:param" of every registered API route.
    static func registeredAPIRoutes(_ app: Application) -> Set<String> {
        Set(
            app.routes.all.filter { $0.path.first?.description == "api" }.map { route in
                route.method.rawValue + " /" + route.path.map(\.description).joined(separator: "/")
            })
    }

    static func path(ofRoute key: String) -> String { String(key.split(separator: " ")[1]) }

    @Test func everyAPIRouteIsACaseAndEveryCaseIsRegistered() async throws {
        let cases = Set(SiteURL.API.all.map(\.path))
        #expect(cases.count == SiteURL.API.all.count, "two cases of SiteURL.API.all share a path")
        #expect(cases.allSatisfy { $0.hasPrefix(SiteURL.API.root + "/") })
        try await withTestApp { app in
            let registered = Set(Self.registeredAPIRoutes(app).map(Self.path(ofRoute:)))
            #expect(registered.count > 70)
            for path in registered.subtracting(cases) { Issue.record("\(path) is registered but is no SiteURL.API case") }
            for path in cases.subtracting(registered) { Issue.record("SiteURL.API \(path) is never registered") }
        }
    }

    /// `SiteURL.API.all` cannot be generated (the cases carry values), so it is checked against the declared cases.
    @Test func theListOfAPICasesHasEveryDeclaredCase() throws {
        let source = try String(
            contentsOf: Self.root.appendingPathComponent("Sources/Views/Platform/SiteURL+API.swift"), encoding: .utf8)
        let body = try #require(source.range(of: "public enum API").map { source[$0.upperBound...] })
        let declarations = try #require(body.range(of: "public static let").map { body[..<$0.lowerBound] })
        let declared = declarations.split(separator: "\n").compactMap { line -> String? in
            let words = line.trimmingCharacters(in: .whitespaces).split(whereSeparator: { " (".contains($0) })
            return words.first == "case" && words.count > 1 ? String(words[1]) : nil
        }
        let listed = SiteURL.API.all.map { String(String(describing: $0).prefix { $0 != "(" }) }
        #expect(declared.count > 70)
        for name in Set(declared).subtracting(listed).sorted() { Issue.record("SiteURL.API.\(name) is missing from SiteURL.API.all") }
        #expect(listed.count == declared.count, "a case is listed twice in SiteURL.API.all")
    }

    @Test func openAPIDescribesExactlyTheRegisteredRoutes() async throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("openapi.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var described = Set<String>()
        for (path, operations) in paths {
            // OpenAPI writes a parameter `{id}`, Vapor `:id`.
            let route = path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: "")
            for method in operations.keys where method != "parameters" { described.insert(method.uppercased() + " " + route) }
        }
        try await withTestApp { app in
            let registered = Self.registeredAPIRoutes(app)
            for route in registered.subtracting(described).sorted() { Issue.record("\(route) is missing from openapi.json") }
            for route in described.subtracting(registered).sorted() { Issue.record("openapi.json describes \(route), which is not registered") }
            #expect(!registered.isEmpty)
        }
    }
}

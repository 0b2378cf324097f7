// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "DanVan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "danvan", targets: ["danvan"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20")
    ],
    targets: [
        // Pure domain: Vietnamese text, dates, deadline rules, document reading. No server code.
        .target(
            name: "DanVanCore",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Server-rendered HTML pages built with Plot; of ours, only the pure domain (to format and cut its values).
        .target(
            name: "Views",
            dependencies: ["DanVanCore", .product(name: "Plot", package: "Plot")]
        ),
        // Vapor + Fluent application: HTTP, persistence, commands.
        .target(
            name: "App",
            dependencies: [
                "DanVanCore",
                "Views",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics")
            ]
        ),
        .executableTarget(name: "danvan", dependencies: ["App"]),
        .testTarget(name: "DanVanCoreTests", dependencies: ["DanVanCore"], exclude: ["Fixtures"]),
        .testTarget(name: "ViewsTests", dependencies: ["Views"]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            exclude: ["Platform/Schema"]
        )
    ]
)

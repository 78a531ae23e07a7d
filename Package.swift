// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Hearsay",
    products: [
        .library(name: "Hearsay", targets: ["Hearsay"]),
        .executable(name: "hearsay", targets: ["HearsayCLI"]),
        .executable(name: "HearsayFuzz", targets: ["HearsayFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The one wrapper around the system ICU: its public header exposes only opaque handles
        // and stdint types, so no Swift module ever sees ICU's headers (see DESIGN.md).
        .target(
            name: "CHearsayICU",
            cSettings: [.define("U_SHOW_CPLUSPLUS_API", to: "0")],
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // libxml2's tolerant HTML parser (the system library, via pkg-config).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib for .gz inputs (inflated with a size cap).
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "Hearsay",
            dependencies: ["CHearsayICU", "CLibXML2", "CZlib", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "HearsayCLI",
            dependencies: [
                "Hearsay",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz target over the whole pipeline. Built plainly it is a seeded random-mutation
        // harness; Scripts/fuzz.sh builds it with -sanitize=fuzzer so that libFuzzer drives it.
        .executableTarget(
            name: "HearsayFuzz",
            dependencies: ["Hearsay"]
        ),
        // The measuring half of Scripts/bench; not a product and not part of `swift test`.
        .executableTarget(
            name: "HearsayBench",
            dependencies: ["Hearsay"]
        ),
        .testTarget(
            name: "HearsayTests",
            dependencies: ["Hearsay", "HearsayCLI", "HearsayFuzz", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]
        ),
    ]
)

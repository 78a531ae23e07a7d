// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Hearsay",
    products: [
        .library(name: "Hearsay", targets: ["Hearsay"]),
        .executable(name: "hearsay", targets: ["HearsayCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
            dependencies: ["CHearsayICU", "CLibXML2", "CZlib"],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "HearsayCLI",
            dependencies: [
                "Hearsay",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The measuring half of Scripts/bench; not a product and not part of `swift test`.
        .executableTarget(
            name: "HearsayBench",
            dependencies: ["Hearsay"]
        ),
        .testTarget(
            name: "HearsayTests",
            dependencies: ["Hearsay", "HearsayCLI"],
            exclude: ["Fixtures"]
        ),
    ]
)

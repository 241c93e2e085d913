// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "assetmap",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "assetmap", targets: ["assetmap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // Only the tests use it: exported CSV is read back with a real parser.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "AssetMapCore"),
        .target(name: "AssetMapUI", dependencies: ["AssetMapCore"]),
        .target(
            name: "AssetMapCrypto",
            dependencies: [
                "AssetMapCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(name: "AssetMapTerminal", dependencies: ["AssetMapUI", "CNcurses"]),
        .target(
            name: "AssetMapTeam",
            dependencies: ["AssetMapCore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "AssetMapApp", dependencies: ["AssetMapCore", "AssetMapUI"]),
        .executableTarget(
            name: "assetmap",
            dependencies: [
                "AssetMapCore", "AssetMapUI", "AssetMapTerminal", "AssetMapApp", "AssetMapCrypto", "AssetMapTeam",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Memory the program takes is mostly its own code and data as the system maps them in. Linked with lld,
            // relocations packed (RELR) and no symbols exported, starting touches 2.5 MB less of the file.
            linkerSettings: [
                .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
                             .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        .executableTarget(
            name: "assetmap-bench",
            dependencies: ["AssetMapCore", "AssetMapUI", "AssetMapApp", "AssetMapCrypto"],
            path: "Benchmarks/AssetMapBench"
        ),
        // Built on its own with libFuzzer and AddressSanitizer by scripts/fuzz.
        .executableTarget(name: "assetmap-fuzz", dependencies: ["AssetMapCore", "AssetMapUI"], path: "Fuzz/AssetMapFuzz"),
        .target(name: "TestSupport", dependencies: ["AssetMapCore"], path: "Tests/TestSupport"),
        .testTarget(name: "AssetMapCoreTests", dependencies: ["AssetMapCore", "TestSupport", .product(name: "SwiftCSV", package: "SwiftCSV")]),
        .testTarget(name: "AssetMapUITests", dependencies: ["AssetMapUI", "AssetMapApp", "TestSupport"]),
        .testTarget(name: "AssetMapAppTests", dependencies: ["AssetMapApp", "TestSupport"]),
        .testTarget(name: "AssetMapCryptoTests", dependencies: ["AssetMapCrypto", "TestSupport"]),
        .testTarget(name: "AssetMapTeamTests", dependencies: ["AssetMapTeam", "AssetMapCrypto", "TestSupport"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TestSupport", "AssetMapCore", .product(name: "SwiftCSV", package: "SwiftCSV")]
        ),
    ]
)

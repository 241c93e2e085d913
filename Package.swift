// swift-tools-version: 6.1
import PackageDescription

// Each function in a section of its own, so the release link can put the functions the program runs side by side
// (scripts/hot-functions.txt, made by scripts/order-functions): the system then maps in about 1 MB of the program's
// code rather than most of its 15 MB.
let ownCode: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-function-sections"], .when(platforms: [.linux], configuration: .release))]

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
        // Linked from libncursesw.a and libtinfo.a (see its module map): only the parts used, placed with the rest of
        // the program's code. libncurses-dev, which scripts/install-needs installs, provides both.
        .systemLibrary(name: "CNcurses"),
        .target(name: "AssetMapCore", swiftSettings: ownCode),
        .target(name: "AssetMapUI", dependencies: ["AssetMapCore"], swiftSettings: ownCode),
        .target(
            name: "AssetMapCrypto",
            dependencies: [
                "AssetMapCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: ownCode
        ),
        .target(name: "AssetMapTerminal", dependencies: ["AssetMapUI", "CNcurses"], swiftSettings: ownCode),
        .target(
            name: "AssetMapTeam",
            dependencies: ["AssetMapCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: ownCode
        ),
        .target(name: "AssetMapApp", dependencies: ["AssetMapCore", "AssetMapUI"], swiftSettings: ownCode),
        .executableTarget(
            name: "assetmap",
            dependencies: [
                "AssetMapCore", "AssetMapUI", "AssetMapTerminal", "AssetMapApp", "AssetMapCrypto", "AssetMapTeam",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: ownCode,
            // Memory the program takes is mostly its own code and data as the system maps them in, 64 KB around each
            // function run. Linked with lld, relocations packed (RELR) and no symbols exported; the C++ library and
            // its unwinder linked in (link/); the functions it runs first, side by side (scripts/hot-functions.txt),
            // with the code the compiler leaves unnamed just before them (link/unnamed-code.ld).
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-L", "\(Context.packageDirectory)/link", "-use-ld=lld",
                        "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic",
                        "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/scripts/hot-functions.txt",
                        "-Xlinker", "--no-warn-symbol-ordering",
                        "-Xlinker", "-T", "-Xlinker", "\(Context.packageDirectory)/link/unnamed-code.ld",
                    ],
                    .when(platforms: [.linux], configuration: .release)
                ),
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

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kader",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kader", targets: ["kader"]),
        .library(name: "Kader", targets: ["Kader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "Kader",
            dependencies: ["CCmarkGFM", "Yams"]
        ),
        .executableTarget(
            name: "kader",
            dependencies: ["Kader", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "KaderTests",
            dependencies: ["Kader"]
        ),
    ]
)

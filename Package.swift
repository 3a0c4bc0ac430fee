// swift-tools-version:6.0
import PackageDescription

// scripts/fuzz.sh builds with KADER_FUZZING set (and every module instrumented for coverage and
// AddressSanitizer): then the fuzz targets link libFuzzer, which supplies their main. Only they
// do, so the build plugin's tool keeps its own main.
let fuzzing = Context.environment["KADER_FUZZING"] != nil
// scripts/release.sh builds with KADER_STATIC_LINK set: then pkg-config's `-L/usr/lib/...` is left
// out, so the folder of static archives the script names is searched first and cmark-gfm,
// libxml2 (Foundation's XML) and ICU are linked into the file.
let staticLink = Context.environment["KADER_STATIC_LINK"] != nil
// A release kader allocates with jemalloc (Debian's libjemalloc-dev): a build makes millions of
// small, short-lived strings and template values on every core, and glibc's malloc and free took
// about a tenth of the processor time (docs/benchmarks.md). Debug builds, and so the tests, the
// sanitizers and the fuzzers, keep the system's allocator, which the sanitizers replace with
// their own. The one-file release links jemalloc as the one object scripts/release.sh makes of
// its static archive (KADER_JEMALLOC_OBJECT): Swift's static linking hides every symbol of an
// archive, and a hidden malloc would leave glibc and the shared libraries on glibc's, so that
// memory could be freed by the other allocator than the one that gave it.
let jemallocObject = Context.environment["KADER_JEMALLOC_OBJECT"]
let allocator: [LinkerSetting] = [
    staticLink
        ? .unsafeFlags(["-Xlinker", jemallocObject ?? "jemalloc.o"], .when(platforms: [.linux], configuration: .release))
        : .linkedLibrary("jemalloc", .when(platforms: [.linux], configuration: .release)),
]

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
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        // Reading .xlsx survey exports (a ZIP of XML parts) for `kader new evaluation --responses`.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder.git", from: "0.18.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            path: staticLink ? "Sources/CCmarkGFMStatic" : nil,
            pkgConfig: staticLink ? nil : "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "Kader",
            dependencies: ["CCmarkGFM", "Yams", .product(name: "Mustache", package: "swift-mustache"),
                           "ZIPFoundation", "XMLCoder"],
            plugins: ["EmbedTemplates", "ViewLookups"]
        ),
        .target(
            name: "KaderServer",
            dependencies: ["Kader", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .executableTarget(
            name: "kader",
            dependencies: ["Kader", "KaderServer", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            linkerSettings: allocator
        ),
        .executableTarget(name: "kader-embed"),
        .executableTarget(name: "kader-views"),
        // libFuzzer targets (scripts/fuzz.sh); in the normal build they are small reproducers that
        // run input files through the same entry points.
        .executableTarget(
            name: "fuzz-load", dependencies: ["Kader"],
            swiftSettings: fuzzing ? [.define("KADER_FUZZING")] : [],
            linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
        ),
        .executableTarget(
            name: "fuzz-markdown", dependencies: ["Kader"],
            swiftSettings: fuzzing ? [.define("KADER_FUZZING")] : [],
            linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
        ),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["kader-embed"]
        ),
        .plugin(
            name: "ViewLookups",
            capability: .buildTool(),
            dependencies: ["kader-views"]
        ),
        .testTarget(
            name: "KaderTests",
            dependencies: ["Kader", "Yams", "ZIPFoundation", .product(name: "Mustache", package: "swift-mustache")]
        ),
    ]
)

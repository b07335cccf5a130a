// swift-tools-version:6.0
import PackageDescription

// The release's Swift modules reach a concrete generic type's metadata (`[String]`,
// `[String: Double]`, `_ContiguousArrayStorage<Outcome>`, …) through an accessor the compiler
// writes, which hands the runtime the conformances it needs, instead of by the type's mangled name,
// which the runtime demangles and whose conformances it finds by scanning all of the binary's
// (4,200, about 0.25 M instructions a scan): about 0.46 M instructions fewer in each of
// `pir show 3.1.3`, `pir export` and `pir search` (benchmarks/changes.json), for 70 KB of accessors.
let releaseSwift: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
    name: "pir",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pir", targets: ["pir"]),
        .library(name: "PIRModel", targets: ["PIRModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Property-based tests (extreme but valid datasets drawn everywhere, random messages from a
        // peer through the follower); tests only, never in pir.
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        // The canonical dataset (Resources/pir-2020-2021.zh.json) compiled into the binary with C23
        // `#embed`, so a release `pir` copied alone to another machine still opens the report.
        .target(name: "CBundledReport"),
        // The few conveniences of full Foundation pir uses (`replacingOccurrences`, `String(format:)`,
        // a lock), over the standard library: linking full Foundation brings its ICU data, two thirds
        // of the static binary. Every module imports FoundationEssentials instead.
        .target(name: "PIRBasics", swiftSettings: releaseSwift),
        // Codable model, loading with validation, invariants, queries, search and export. No terminal code.
        // PIRText for widths in cells (a short label's limit is in cells, as every width is).
        .target(name: "PIRModel", dependencies: ["CBundledReport", "PIRBasics", "PIRText"], swiftSettings: releaseSwift),
        // Display width in terminal cells, wrapping and sanitising of untrusted text. No terminal code.
        .target(name: "PIRText", dependencies: ["PIRBasics"], exclude: ["generate-width-table.py"], swiftSettings: releaseSwift),
        // The UI core: app state, events, a reducer and views rendered into an off-screen frame.
        // No ncurses here, so almost every UI test renders a frame and reads it as text.
        .target(name: "PIRUI", dependencies: ["PIRBasics", "PIRModel", "PIRText", "PIRShare"], swiftSettings: releaseSwift),
        // `pir present --share` and `pir follow`: Unix-domain sockets, non-blocking. No ncurses.
        .target(name: "PIRShare", dependencies: ["PIRBasics"], swiftSettings: releaseSwift),
        // ncursesw from the system (Debian: libncursesw5-dev), and the few C helpers Swift cannot import.
        // The module map names no library to link: CCursesShim's settings choose how it is linked.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        // A Linux release links ncursesw and its libtinfo statically (the .a files Debian's
        // libncurses-dev ships beside the headers): the loader then opens, maps and relocates two
        // libraries fewer in every command, a fifth of what `pir show` spent before `main`
        // (benchmarks/changes.json). Terminfo entries are still read from the system's database.
        // Debug builds (`swift run`, `swift test`) and macOS link the shared library.
        .target(name: "CCursesShim", dependencies: ["CNcursesw"], linkerSettings: [
            .linkedLibrary("ncursesw", .when(configuration: .debug)),
            .linkedLibrary("ncursesw", .when(platforms: [.macOS], configuration: .release)),
            .unsafeFlags(["-Xlinker", "-l:libncursesw.a", "-Xlinker", "-l:libtinfo.a"], .when(platforms: [.linux], configuration: .release)),
        ]),
        // The thin terminal backend: frames to the screen, keys and resizes to events.
        .target(name: "PIRTerminal", dependencies: ["PIRBasics", "PIRUI", "PIRShare", "CCursesShim", "CNcursesw"], swiftSettings: releaseSwift),
        // The command-line interface: argument parsing and the plain-text views.
        .target(name: "PIRCommands", dependencies: [
            "PIRBasics", "PIRModel", "PIRText", "PIRUI", "PIRTerminal", "PIRShare",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: releaseSwift),
        // Released pir is linked as a position-dependent executable (`-no-pie`) that exports no
        // symbols of its own (`--no-export-dynamic`, which the static Swift runtime's link line
        // turns on): the dynamic loader then has no 42,000 relocations to apply and no 7,800 symbols
        // to hash: a quarter of the instructions and a third of the page faults `pir` spent before
        // `main` (benchmarks/changes.json). Its libraries, heap and stack are still placed at random.
        .executableTarget(name: "pir", dependencies: ["PIRCommands"], swiftSettings: releaseSwift, linkerSettings: [
            .unsafeFlags(["-Xclang-linker", "-no-pie", "-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release)),
        ]),
        // Helpers the test targets share (as swift-collections' _CollectionsTestSupport); not in pir.
        .target(name: "PIRTestSupport"),
        .testTarget(name: "PIRModelTests", dependencies: ["PIRModel", "PIRText", "PIRTestSupport"]),
        .testTarget(name: "PIRTextTests", dependencies: ["PIRText"]),
        .testTarget(name: "PIRUITests", dependencies: [
            "PIRUI", "PIRModel", "PIRShare", "PIRTestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "PIRCommandsTests", dependencies: [
            "PIRCommands", "PIRModel", "PIRUI", "PIRTerminal", "PIRShare", "PIRTestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "PIRShareTests", dependencies: ["PIRShare"]),
    ],
    // C23 with the GNU extensions clang has by default (POSIX declarations in shim.c), for
    // CBundledReport's `#embed`, which clang otherwise compiles as an extension, with a warning
    cLanguageStandard: .gnu2x
)

// swift-tools-version:6.0
// Swiftgrad: a Jupyter kernel for a Swift-like language bound to a reverse-mode autodiff engine.
// Layers (each its own target, each readable alone):
//   CZMQ              libzmq through pkg-config (the only transport)
//   CBLAS             Debian's BLIS through its CBLAS interface (matmul of the tensor engine)
//   CTensorKernels    tensor kernels in C (exp/sigmoid, element-wise, small products), built for several vector widths
//   CNodeMemory       non-atomic reference counting and prefetching for the scalar engine's nodes
//   CScriptThread     the language runtime's thread-local slots (current runtime and heap), in C
//   JupyterKernel     Jupyter messaging 5.5: sockets, wire format, signing, channels, dispatch
//   SwiftgradLang     the language: lexer, parser, compiler, runtime (knows nothing of Jupyter)
//   Autodiff          the engine: scalar graph, functional and forward mode, nn, data, optimisers
//   MimeBundle        the one type shared by outputs, language and kernel: a rich display
//   SeededRandom      the one seeded random generator, shared by the language and the engine
//   MemoryBudget      the process's memory budget, checked by the interpreter's and the engine's allocations
//   Displays          graphs (DOT/SVG), gradient tables, traces, plots as mime bundles
//   SwiftgradBindings exposes Autodiff and Displays to scripts as builtins
//   Bench             `swiftgrad bench`: the engine, interpreter, kernel and tensor benchmarks beside their anchors
//   swiftgrad         the executable: kernel, install, run, bench
import PackageDescription

/// Targets still in Swift 5 language mode. The others are in Swift 6 mode (strict concurrency checks);
/// JupyterKernel's handler table and thread bodies would need `@Sendable` through `KernelServer`, and
/// the interpreter and engine keep unsynchronised per-thread state on purpose (docs/architecture.md).
let v5: [SwiftSetting] = [.swiftLanguageMode(.v5)]

/// Release builds of the executable link the Swift runtime and Foundation statically: resolving their
/// symbols at every start was 25 M of the 44 M instructions of an empty `swiftgrad run` (callgrind),
/// and their relocated pages ~10 MiB of an idle kernel's memory. (SwiftPM's `--static-swift-stdlib`
/// does the same but recompiles every module, so every build would have to pass it.) Foundation's
/// static archive needs the C libraries below, which the dynamic library carries inside itself.
/// `-no-pie`: a position-independent executable had 94,000 relative relocations for the loader to
/// apply at every start (1.2 M instructions, 200 page faults, ~3 MiB of an idle kernel's memory);
/// `--no-export-dynamic` undoes the `-export-dynamic` of the static stdlib's link arguments (its
/// 220 KB symbol table was scanned by `dladdr`; 0.3 M instructions). Callgrind, empty `swiftgrad run`:
/// 10.9 M → 8.7 M instructions with the MemoryBudget change of 2026-12-05.
let staticSwiftRuntime: [LinkerSetting] = [
    .unsafeFlags(["-static-stdlib", "-Xclang-linker", "-no-pie", "-Xlinker", "--no-export-dynamic", "-Xlinker", "--start-group", "-lFoundation", "-lCoreFoundation",
                  "-lFoundationEssentials", "-lFoundationInternationalization", "-l_FoundationICU",
                  "-l_FoundationCShims", "-l_FoundationCollections", "-Xlinker", "--end-group"],
                 .when(configuration: .release)),
]

let package = Package(
    name: "Swiftgrad",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "swiftgrad", targets: ["swiftgrad"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CZMQ",
            pkgConfig: "libzmq",
            providers: [.apt(["libzmq3-dev"])]
        ),
        .systemLibrary(
            name: "CBLAS",
            providers: [.apt(["libblis-serial-dev"])]
        ),
        .target(name: "MimeBundle"),
        // The one seeded random generator (xoshiro256** seeded through SplitMix64), shared by the
        // language and the engine.
        .target(name: "SeededRandom"),
        // The process's memory budget, checked by the interpreter and the engine alike.
        .target(name: "MemoryBudget"),
        .target(
            name: "JupyterKernel",
            dependencies: ["CZMQ", "MimeBundle", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: v5
        ),
        // Release builds of the interpreter skip Swift's dynamic exclusivity checks (about 3% of an
        // interpreted program's time); debug builds and so the tests keep them.
        // Thread-local slots (Swift has none): the runtime and heap of the interpreter whose script
        // thread this is.
        .target(name: "CScriptThread"),
        .target(name: "SwiftgradLang", dependencies: ["CScriptThread", "MimeBundle", "MemoryBudget", "SeededRandom"],
                swiftSettings: v5 + [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        // The engine likewise (its tensor kernels and counters run per operation in training loops).
        // Tensor kernels (exp, sigmoid, element-wise, small products) compiled for AVX-512/AVX2/baseline, chosen at load time.
        .target(name: "CTensorKernels"),
        // Non-atomic reference counting and prefetching for the scalar engine's nodes.
        .target(name: "CNodeMemory"),
        .target(name: "Autodiff", dependencies: ["CBLAS", "CTensorKernels", "CNodeMemory", "MemoryBudget", "SeededRandom"],
                swiftSettings: v5 + [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .target(name: "Displays", dependencies: ["Autodiff", "MimeBundle"]),
        .target(
            name: "SwiftgradBindings",
            dependencies: ["SwiftgradLang", "Autodiff", "Displays", "MimeBundle"],
            swiftSettings: v5
        ),
        // `swiftgrad bench`: times the engine in this process and the interpreter and kernel through the
        // executable it is linked into (subprocesses), beside the Python anchors.
        .target(
            name: "Bench",
            dependencies: ["Autodiff", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: []
        ),
        .executableTarget(
            name: "swiftgrad",
            dependencies: [
                "JupyterKernel", "SwiftgradLang", "SwiftgradBindings", "Autodiff", "Displays", "MimeBundle", "MemoryBudget", "Bench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [],
            linkerSettings: staticSwiftRuntime
        ),
        .testTarget(name: "JupyterKernelTests", dependencies: ["JupyterKernel"], swiftSettings: v5),
        // Test support: script sessions, the recording host and the runnable examples of the Markdown
        // docs (used by the language's and the bindings' tests).
        .target(name: "ScriptTestSupport", dependencies: ["SwiftgradLang", "MimeBundle"], path: "Tests/ScriptTestSupport",
                swiftSettings: v5),
        .testTarget(name: "SwiftgradLangTests", dependencies: ["SwiftgradLang", "ScriptTestSupport", "MemoryBudget", "SeededRandom"], swiftSettings: v5),
        .testTarget(name: "AutodiffTests", dependencies: ["Autodiff", "MemoryBudget"], swiftSettings: v5),
        .testTarget(name: "BenchTests", dependencies: ["Bench"]),
        .testTarget(name: "DisplaysTests", dependencies: ["Displays", "Autodiff"]),
        .testTarget(
            name: "SwiftgradBindingsTests",
            dependencies: ["SwiftgradBindings", "SwiftgradLang", "Autodiff", "ScriptTestSupport", "MemoryBudget"],
            swiftSettings: v5
        ),
    ]
)

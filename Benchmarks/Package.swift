// swift-tools-version:6.0
import PackageDescription

// Benchmarks for specgen: the generated validators and models on websocket frames, driven by `bench.py`, which
// also times the generator and the build plugin and runs the Python validators on the same inputs. See the README
// section "Benchmarks".
let package = Package(
    name: "SpecgenBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "specgen", path: "..")
    ],
    targets: [
        // The models and validators of the repository's spec/, generated at build time by the plugin.
        .target(
            name: "BenchModels",
            dependencies: [.product(name: "SpecgenRuntime", package: "specgen")],
            plugins: [.plugin(name: "SpecgenPlugin", package: "specgen")]
        ),
        // The harness builds with the ordinary release settings, as the generated code in BenchModels does.
        .executableTarget(
            name: "specgen-bench",
            dependencies: ["BenchModels", .product(name: "SpecgenRuntime", package: "specgen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

// The libFuzzer targets: specgen's whole reader (Markdown → dialect → schema → emitters, and lint), and the generated
// `init(json:)` against `JSONDecoder`. It is a package of its own because a libFuzzer binary has no `main` of its
// own, so it cannot be built by a plain `swift build` of the main package. Build and run it with `Scripts/fuzz.sh`.
let package = Package(
    name: "SpecgenFuzz",
    dependencies: [.package(name: "specgen", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "SpecgenFuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "_SpecgenCore", package: "specgen"),
                .product(name: "_SpecgenLint", package: "specgen"),
            ]
        ),
        // The golden models of spec/ (`Sources/FuzzModels` links to `Tests/SpecModels`).
        .target(
            name: "FuzzModels",
            dependencies: [.product(name: "SpecgenRuntime", package: "specgen")],
            exclude: ["schema.json"]
        ),
        .executableTarget(
            name: "SpecgenDecodeFuzz",
            dependencies: ["CFuzzerDriver", "FuzzModels", .product(name: "SpecgenRuntime", package: "specgen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.2
import PackageDescription

/// Targets that must stay warning-free: every warning is an error in them. Unlike a raw compiler flag (which SwiftPM
/// refuses in a package that is resolved by version), this setting applies only where this package is the root or a
/// local dependency, and is ignored when an app depends on it by version.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "specgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "specgen", targets: ["specgen"]),
        .library(name: "SpecgenRuntime", targets: ["SpecgenRuntime"]),
        // The generator's libraries, for the project's own packages (Fuzz/): no stable API, hence the underscore.
        .library(name: "_SpecgenCore", targets: ["SpecgenCore"]),
        .library(name: "_SpecgenLint", targets: ["SpecgenLint"]),
        .plugin(name: "SpecgenPlugin", targets: ["SpecgenPlugin"]),
        .plugin(name: "GenerateSpecgenSources", targets: ["GenerateSpecgenSources"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: - The generator, one module per stage
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "SpecgenSupport"),
        .target(name: "SpecgenMarkdown", dependencies: ["CCmark", "SpecgenSupport"]),
        .target(name: "SpecgenIR", dependencies: ["SpecgenSupport"]),
        .target(name: "SpecgenDialects", dependencies: ["SpecgenMarkdown", "SpecgenIR"]),
        .target(
            name: "SpecgenTemplates",
            path: "Templates",
            sources: ["TemplateCatalog.swift"],
            resources: [
                .embedInCode("models.swift.mustache"),
                .embedInCode("partials/object.mustache"),
                .embedInCode("partials/object-coding.mustache"),
                .embedInCode("partials/object-json.mustache"),
                .embedInCode("partials/object-json-case.mustache"),
                .embedInCode("partials/object-json-store.mustache"),
                .embedInCode("partials/enum.mustache"),
                .embedInCode("partials/enum-json.mustache"),
                .embedInCode("partials/flags.mustache"),
                .embedInCode("partials/union.mustache"),
                .embedInCode("partials/union-json.mustache"),
                .embedInCode("partials/tagged-union.mustache"),
                .embedInCode("partials/tagged-union-json.mustache"),
                .embedInCode("partials/events.mustache"),
                .embedInCode("partials/events-json.mustache"),
                .embedInCode("partials/opcode-events.mustache"),
                .embedInCode("partials/opcode-events-json.mustache"),
                .embedInCode("validators.swift.mustache"),
                .embedInCode("partials/validator-object.mustache"),
                .embedInCode("partials/validator-walk.mustache"),
                .embedInCode("partials/validator-requirement.mustache"),
                .embedInCode("partials/validator-enum.mustache"),
                .embedInCode("partials/validator-union.mustache"),
                .embedInCode("partials/validator-tagged-union.mustache"),
                .embedInCode("partials/validator-doc.mustache"),
                .embedInCode("partials/validator-check.mustache"),
            ]
        ),
        .target(
            name: "SpecgenEmit",
            dependencies: [
                "SpecgenIR", "SpecgenTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "SpecgenConfig",
            dependencies: [
                "SpecgenSupport", "SpecgenIR", "SpecgenDialects",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "SpecgenCore",
            dependencies: [
                "SpecgenSupport", "SpecgenMarkdown", "SpecgenIR", "SpecgenDialects", "SpecgenEmit",
                "SpecgenConfig",
            ]
        ),
        // `specgen validate`: payloads checked against the IR without generating, by the runtime's rules.
        .target(name: "SpecgenValidation", dependencies: ["SpecgenIR", "SpecgenRuntime"]),
        // `specgen lint`: documentation problems, reported without generating.
        .target(
            name: "SpecgenLint",
            dependencies: [
                "SpecgenCore", "SpecgenSupport", "SpecgenMarkdown", "SpecgenIR", "SpecgenDialects",
                "SpecgenConfig", "SpecgenEmit",
            ]
        ),
        .executableTarget(
            name: "specgen",
            dependencies: [
                "SpecgenCore", "SpecgenEmit", "SpecgenMarkdown", "SpecgenSupport", "SpecgenDialects", "SpecgenConfig",
                "SpecgenIR", "SpecgenRuntime", "SpecgenLint", "SpecgenValidation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Plugins: thin shells that run the command line
        .plugin(name: "SpecgenPlugin", capability: .buildTool(), dependencies: ["specgen"]),
        .plugin(
            name: "GenerateSpecgenSources",
            capability: .command(
                intent: .custom(
                    verb: "generate-specgen-sources",
                    description: "Write Swift sources generated from a target's Markdown docs into the package."),
                permissions: [
                    .writeToPackageDirectory(reason: "specgen writes the generated Swift sources into the package.")
                ]
            ),
            dependencies: ["specgen"]
        ),

        // MARK: - What generated code links against
        .target(name: "SpecgenRuntime", swiftSettings: strict),

        // MARK: - Tests
        .target(
            name: "SpecgenTestSupport", dependencies: ["SpecgenCore", "SpecgenEmit"],
            path: "Tests/SpecgenTestSupport"),
        .testTarget(
            name: "SpecgenMarkdownTests", dependencies: ["SpecgenMarkdown", "SpecgenTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "SpecgenSupportTests", dependencies: ["SpecgenSupport"]),
        .testTarget(name: "SpecgenIRTests", dependencies: ["SpecgenIR", "SpecgenSupport"]),
        // The Swift pass (storage, member renames) and the emitters, on schemas written as Swift values.
        .testTarget(name: "SpecgenEmitTests", dependencies: ["SpecgenEmit", "SpecgenIR", "SpecgenSupport"]),
        .testTarget(
            name: "SpecgenDialectsTests",
            dependencies: ["SpecgenDialects", "SpecgenMarkdown", "SpecgenIR", "SpecgenTestSupport"]),
        .testTarget(name: "SpecgenRuntimeTests", dependencies: ["SpecgenRuntime"]),
        .testTarget(
            name: "SpecgenCoreTests",
            dependencies: [
                "SpecgenCore", "SpecgenEmit", "SpecgenTemplates", "SpecgenTestSupport", "SpecgenIR", "SpecgenSupport",
                "SpecgenRuntime", "SpecgenValidation", "SpecgenDialects",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Goldens"]
        ),
        .testTarget(name: "SpecgenCLITests", dependencies: ["specgen", "SpecgenTestSupport"]),
        .testTarget(
            name: "SpecgenLintTests",
            dependencies: [
                "SpecgenLint", "SpecgenCore", "SpecgenSupport",
                "SpecgenTestSupport",
            ]),
        // The real osu! docs (Tests/Corpus, both revisions): generation, compilation, counts, robustness.
        .testTarget(
            name: "SpecgenCorpusTests",
            dependencies: [
                "SpecgenCore", "SpecgenDialects", "SpecgenIR", "SpecgenMarkdown", "SpecgenSupport",
                "SpecgenLint", "SpecgenTestSupport",
            ],
            exclude: ["Goldens", "field_tables.py", "check_metaschema.py", "discord_field_rows.py"]
        ),
        .testTarget(
            name: "SpecgenConfigTests",
            dependencies: [
                "SpecgenConfig", "SpecgenCore", "SpecgenEmit", "SpecgenIR", "SpecgenTestSupport",
                .product(name: "Yams", package: "Yams"),
            ]),
        // Compiles the plugins' planning code (Plugins/PluginsShared, linked in) and checks it against specgen.
        .testTarget(
            name: "SpecgenPluginTests",
            dependencies: ["specgen", "SpecgenConfig", "SpecgenCore", "SpecgenTestSupport"]),
        // The checked-in golden output for spec/, compiled as a module of its own (warnings are errors)...
        .target(
            name: "SpecModels", dependencies: ["SpecgenRuntime"], path: "Tests/SpecModels", exclude: ["schema.json"],
            swiftSettings: strict),
        // ...and exercised on sample frames.
        .testTarget(name: "SpecModelsTests", dependencies: ["SpecModels", "SpecgenRuntime"], exclude: ["Frames"]),
        // The golden output for the construct fixtures (keywords, cycles, unions, variants, …), compiled likewise.
        .target(
            name: "ConstructModels", dependencies: ["SpecgenRuntime"], path: "Tests/ConstructModels",
            exclude: ["schema.json"], swiftSettings: strict),
        .testTarget(name: "ConstructModelsTests", dependencies: ["ConstructModels", "SpecgenRuntime"]),
        // The golden output for the Discord gateway fixtures (Tests/Fixtures/gateway, read with the Discord dialect),
        // compiled likewise and exercised on gateway frames.
        .target(
            name: "GatewayModels", dependencies: ["SpecgenRuntime"], path: "Tests/GatewayModels",
            exclude: ["schema.json"], swiftSettings: strict),
        .testTarget(name: "GatewayModelsTests", dependencies: ["GatewayModels", "SpecgenRuntime"]),
        // The generated `init(json:)` of both golden folders against `JSONDecoder`, on the sample frames and
        // systematic mutations of them.
        .testTarget(name: "FastDecodingTests", dependencies: ["SpecModels", "ConstructModels", "SpecgenRuntime"]),
        // The generated validators of both golden folders: against python-jsonschema on generated payloads (see
        // Tests/Differential/), against the validator `specgen validate` runs, and on frames the real server sends.
        .testTarget(
            name: "SpecValidationTests",
            dependencies: [
                "SpecModels", "ConstructModels", "SpecgenCore", "SpecgenIR", "SpecgenSupport",
                "SpecgenRuntime", "SpecgenValidation", "SpecgenTestSupport", "specgen",
            ]),
    ],
    swiftLanguageModes: [.v6]
)

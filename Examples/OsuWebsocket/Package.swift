// swift-tools-version:6.2
import PackageDescription

// A package that uses specgen the way a client of the osu! websocket would: the docs live in the `OsuWebsocket`
// target's folder, `SpecgenPlugin` generates the models at build time, and `specgen.yml` corrects the docs where the
// real server sends something else.
let package = Package(
    name: "OsuWebsocket",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "OsuWebsocket", targets: ["OsuWebsocket"]),
        .executable(name: "osu-frames", targets: ["osu-frames"]),
    ],
    dependencies: [
        .package(name: "specgen", path: "../..")
    ],
    targets: [
        .target(
            name: "OsuWebsocket",
            dependencies: [.product(name: "SpecgenRuntime", package: "specgen")],
            // The generated code must compile without warnings.
            swiftSettings: [.treatAllWarnings(as: .error)],
            plugins: [.plugin(name: "SpecgenPlugin", package: "specgen")]
        ),
        .executableTarget(name: "osu-frames", dependencies: ["OsuWebsocket"]),
        .testTarget(name: "OsuWebsocketTests", dependencies: ["OsuWebsocket"], exclude: ["Frames"]),
    ],
    swiftLanguageModes: [.v6]
)

import SpecgenSupport

/// One output file, in memory.
public struct RenderedFile: Hashable, Sendable {
    /// The file's path relative to the output folder.
    public var name: String
    /// The file's contents as the UTF-8 bytes that are written (`\n` line endings, a final newline). The emitters
    /// render into bytes, and the bytes go to the file as they are: they are not made into a `String` on the way.
    public var bytes: [UInt8]

    /// The file's contents as text.
    public var contents: String {
        get { String(decoding: bytes, as: UTF8.self) }
        set { bytes = Array(newValue.utf8) }
    }

    /// Creates a file.
    public init(name: String, contents: String) {
        self.name = name
        self.bytes = Array(contents.utf8)
    }

    /// Creates a file from its UTF-8 bytes, which must be valid UTF-8 (everything an emitter writes comes from
    /// strings, and is split and joined only at ASCII bytes).
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// Options that shape the emitted code.
public struct EmitOptions: Hashable, Sendable {
    /// The access level of generated declarations.
    public var accessModifier: AccessModifier
    /// The module generated code imports its support types from.
    public var runtimeModule: String
    /// The enum every generated type is nested in (`Osu` → `Osu.User`), or `nil` for top-level types.
    public var namespace: String?
    /// How much of a docs location doc comments name.
    public var sourceLocations: SourceLocationStyle
    /// Whether the models get the one-pass decoders (`init(json:)` and `init(jsonReader:)`).
    public var fastDecoders: Bool
    /// The Swift names and types the configuration chose, which the Swift pass applies (``SwiftSchema``); the
    /// pipeline fills them in from the configuration when it builds the schema.
    public var swiftNames: SwiftNameSettings

    /// Creates options.
    public init(
        accessModifier: AccessModifier = .public, runtimeModule: String = "SpecgenRuntime",
        namespace: String? = nil, sourceLocations: SourceLocationStyle = .line, fastDecoders: Bool = true,
        swiftNames: SwiftNameSettings = SwiftNameSettings()
    ) {
        self.accessModifier = accessModifier
        self.runtimeModule = runtimeModule
        self.namespace = namespace
        self.sourceLocations = sourceLocations
        self.fastDecoders = fastDecoders
        self.swiftNames = swiftNames
    }

    /// Why `name` cannot be the namespace the generated types are nested in, or `nil` when it can: it must be a
    /// Swift identifier (ASCII letters, digits and `_`, not starting with a digit), not a keyword, and not a name
    /// generated code refers to (`Swift`, `Foundation`, the runtime module, …). The text follows the name in a
    /// message (`'namespace' 'class' is a Swift keyword`).
    public static func problem(withNamespace name: String) -> String? {
        let isIdentifier =
            name.unicodeScalars.first.map { !($0 >= "0" && $0 <= "9") } == true
            && name.unicodeScalars.allSatisfy {
                ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "_"
            }
        if !isIdentifier {
            return "is not a Swift identifier (letters, digits and _, not starting with a digit)"
        }
        if SwiftNaming.keywords.contains(name) { return "is a Swift keyword" }
        if SwiftNaming.reservedTypeNames.contains(name) || name == "SpecgenRuntime" {
            return "is a name generated code refers to; choose another"
        }
        return nil
    }

    /// The name by which code at file scope (an `extension`) names a generated type: `Osu.User`, or `User`.
    func qualified(_ typeName: String) -> String {
        namespace.map { "\($0).\(typeName)" } ?? typeName
    }

    /// `From `path:line`.` for a doc comment, as ``sourceLocations`` says; empty when it says `none`.
    func fromNote(_ location: SourceLocation) -> String {
        sourceLocations.text(for: location).map { String.concatenating("From `", $0, "`.") } ?? ""
    }
}

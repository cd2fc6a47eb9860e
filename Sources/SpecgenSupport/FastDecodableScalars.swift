/// The scalar Swift types that the runtime's `JSONDecodingReader` decodes itself, by name (without the `Swift.`
/// prefix).
///
/// This is the one list both sides read: the Swift model emitter decodes a field configured to one of these types
/// (or a list of them) in `init(jsonReader:)`, and hands the document to `JSONDecoder` for any other configured type;
/// the runtime makes each of them `JSONFastDecodable`, and a test checks that it does so for exactly these types.
/// It lives here, below both, because the runtime is a module of its own that generated code links.
public enum FastDecodableScalars {
    /// The type names.
    public static let typeNames: Set<String> = [
        "String", "Bool", "Double", "Float64", "Int", "Int64", "Int32", "Int16", "Int8", "UInt", "UInt64", "UInt32",
        "UInt16", "UInt8",
    ]

    /// Whether the runtime's reader decodes a Swift type (written as a configuration names it, for example
    /// `Swift.Int64` or `[[UInt8]]`) itself: a listed scalar, or arrays of one.
    ///
    /// - Parameter swiftType: The type's Swift spelling.
    /// - Returns: Whether the reader decodes it without `JSONDecoder`.
    public static func contains(_ swiftType: String) -> Bool {
        var bare = Substring(swiftType)
        while bare.hasPrefix("["), bare.hasSuffix("]") { bare = bare.dropFirst().dropLast() }
        if bare.hasPrefix("Swift.") { bare = bare.dropFirst(6) }
        return typeNames.contains(String(bare))
    }
}

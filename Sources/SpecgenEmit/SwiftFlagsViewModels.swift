import SpecgenIR

// The Swift model of a set of bit flags (an enumeration with ``EnumType/flags``): an `OptionSet` struct over a
// `UInt64` whose coding the runtime's `JSONIntegerFlags` or `JSONStringFlags` protocol gives.

/// A set of flags: an `OptionSet` with a static member per documented flag.
struct FlagsViewModel: TemplateViewModel {
    var docLines: [String]
    var access: String
    var name: String
    var runtime: String
    /// `JSONIntegerFlags` or `JSONStringFlags`.
    var protocolName: String
    var cases: [FlagViewModel]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "docLines": .texts(\.docLines), "access": .text(\.access), "name": .text(\.name),
        "runtime": .text(\.runtime), "protocolName": .text(\.protocolName), "cases": .model(\.cases),
    ]

    /// The view model of a flags type named `name` in Swift.
    init(
        _ type: SchemaType, _ flags: EnumType, name: String, encoding: FlagsEncoding, caseNames: [String],
        docLines: [String],
        access: String, runtime: String
    ) {
        self.docLines = docLines
        self.access = access
        self.name = name
        self.runtime = runtime
        self.protocolName = encoding == .string ? "JSONStringFlags" : "JSONIntegerFlags"
        self.cases = zip(flags.cases, caseNames).map { flag, caseName in
            let summaryLines = SwiftSyntax.docLines(summary: flag.summary, details: [])
            let bit = UInt64(flag.value).map { "1 << \($0.trailingZeroBitCount)" } ?? flag.value
            return FlagViewModel(
                summaryLines: summaryLines, hasSummary: !summaryLines.isEmpty, value: bit,
                name: SwiftNaming.escaped(caseName), typeName: name)
        }
    }
}

/// One documented flag.
struct FlagViewModel: TemplateViewModel {
    var summaryLines: [String]
    var hasSummary: Bool
    /// The bit as a Swift expression, `1 << n`.
    var value: String
    /// The static member's name, with backticks when needed.
    var name: String
    /// The set's type name.
    var typeName: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "summaryLines": .texts(\.summaryLines), "hasSummary": .flag(\.hasSummary), "value": .text(\.value),
        "name": .text(\.name), "typeName": .text(\.typeName),
    ]
}

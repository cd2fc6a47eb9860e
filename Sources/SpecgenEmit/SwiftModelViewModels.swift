import SpecgenIR

// View models of the Swift model templates (`Templates/models.swift.mustache` and its partials): flat values of
// precomputed strings and Booleans. Every key a template uses is defined on the view model it renders, because
// Mustache looks a missing key up in the enclosing contexts.

/// One generated Swift file.
struct SwiftFileViewModel {
    var sourcePath: String
    var imports: [String]
    var types: [SwiftTypeViewModel]
}

/// One type of a file: exactly one of the kinds is set.
struct SwiftTypeViewModel {
    var object: ObjectViewModel?
    var enumeration: EnumViewModel?
    var union: UnionViewModel?
    var events: EventsViewModel?
}

struct ObjectViewModel {
    var docLines: [String]
    var access: String
    var name: String
    var properties: [PropertyViewModel]
    var hasProperties: Bool
    var initParameters: [ParameterViewModel]
    var variant: VariantViewModel?
    var runtime: String
}

struct PropertyViewModel {
    var docLines: [String]
    /// The property name, with backticks when needed.
    var name: String
    /// The coding key case, with backticks when needed.
    var caseName: String
    var jsonLiteral: String
    /// The type as declared (`T` or `T?`).
    var declType: String
    /// The type without optionality.
    var baseType: String
    var isOptional: Bool
    var isIndirect: Bool
    var storageName: String
    var storageType: String
    /// `decode` or `decodeIfPresent`.
    var decodeMethod: String
    /// `encode` or `encodeIfPresent`.
    var encodeMethod: String
}

struct ParameterViewModel {
    var name: String
    var declType: String
    var defaultValue: String
    var separator: String
}

struct VariantViewModel {
    var propertyName: String
    var enumName: String
    var discriminatorName: String
    var indirectKeyword: String
    var cases: [VariantCaseViewModel]
    var otherCaseName: String
    var otherDocLines: [String]
    var docLines: [String]
    var enumDocLines: [String]
    var hasUnlistedTags: Bool
}

struct VariantCaseViewModel {
    var docLines: [String]
    var caseName: String
    var typeName: String
}

struct EnumViewModel {
    var docLines: [String]
    var access: String
    var name: String
    var rawType: String
    var cases: [EnumCaseViewModel]
    var unknownCaseName: String
    var unknownDocLines: [String]
}

struct EnumCaseViewModel {
    var docLines: [String]
    var name: String
    var rawLiteral: String
    var separator: String
}

struct UnionViewModel {
    var docLines: [String]
    var access: String
    var name: String
    var indirectKeyword: String
    var members: [UnionMemberViewModel]
    var leadingMembers: [UnionMemberViewModel]
    var lastMember: UnionMemberViewModel
}

struct UnionMemberViewModel {
    var caseName: String
    var type: String
}

struct EventsViewModel {
    var docLines: [String]
    var access: String
    var name: String
    var indirectKeyword: String
    var discriminatorLiteral: String
    var payloadLiteral: String
    var hasPayloadKey: Bool
    var events: [EventViewModel]
    var unknownCaseName: String
    var unknownDocLines: [String]
    var runtime: String
}

struct EventViewModel {
    var docLines: [String]
    var caseName: String
    var wireLiteral: String
    var payloadType: String
    var hasPayload: Bool
    var isData: Bool
    var isFrame: Bool
}

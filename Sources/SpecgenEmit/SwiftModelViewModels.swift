import SpecgenIR

// View models of the Swift model templates (`Templates/models.swift.mustache` and its partials): flat values of
// precomputed strings and Booleans. Every key a template uses is defined on the view model it renders, because
// Mustache looks a missing key up in the enclosing contexts.

/// One generated Swift file.
final class SwiftFileViewModel {
    var sourcePath: String
    var imports: [String]
    var types: [SwiftTypeViewModel]
    /// Whether the types are declared in an extension of ``namespace``.
    var hasNamespace: Bool
    /// The enum the types are nested in, if any.
    var namespace: String?
    /// Whether this file declares the ``namespace`` enum itself (one file of a run does).
    var declaresNamespace: Bool
    /// The access level of the namespace enum.
    var namespaceAccess: String

    init(
        sourcePath: String, imports: [String], types: [SwiftTypeViewModel], namespace: String?,
        declaresNamespace: Bool, namespaceAccess: String
    ) {
        self.sourcePath = sourcePath
        self.imports = imports
        self.types = types
        self.hasNamespace = namespace != nil
        self.namespace = namespace
        self.declaresNamespace = declaresNamespace && namespace != nil
        self.namespaceAccess = namespaceAccess
    }
}

/// One type of a file: exactly one of the kinds is set.
final class SwiftTypeViewModel {
    var object: ObjectViewModel?
    var enumeration: EnumViewModel?
    var union: UnionViewModel?
    var events: EventsViewModel?

    init(
        object: ObjectViewModel? = nil, enumeration: EnumViewModel? = nil, union: UnionViewModel? = nil,
        events: EventsViewModel? = nil
    ) {
        self.object = object
        self.enumeration = enumeration
        self.union = union
        self.events = events
    }
}

final class ObjectViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var properties: [PropertyViewModel]
    var hasProperties: Bool
    var initParameters: [ParameterViewModel]
    var variant: VariantViewModel?
    var runtime: String
    /// `init(jsonReader:)`: the JSON keys as Swift literals, comma-separated (the key table's entries).
    var fastKeys: String
    /// `init(jsonReader:)`: the lines declaring a local per field.
    var fastLocals: [String]
    /// `init(jsonReader:)`: one `case` line per field (the key's index in the table).
    var fastCases: [String]
    /// `init(jsonReader:)`: the lines checking required keys and storing the fields.
    var fastAssigns: [String]

    init(
        docLines: [String], access: String, name: String, qualifiedName: String, properties: [PropertyViewModel],
        hasProperties: Bool, initParameters: [ParameterViewModel], variant: VariantViewModel? = nil, runtime: String,
        fastKeys: String, fastLocals: [String], fastCases: [String], fastAssigns: [String]
    ) {
        self.docLines = docLines
        self.access = access
        self.name = name
        self.qualifiedName = qualifiedName
        self.properties = properties
        self.hasProperties = hasProperties
        self.initParameters = initParameters
        self.variant = variant
        self.runtime = runtime
        self.fastKeys = fastKeys
        self.fastLocals = fastLocals
        self.fastCases = fastCases
        self.fastAssigns = fastAssigns
    }
}

final class PropertyViewModel {
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

    init(
        docLines: [String], name: String, caseName: String, jsonLiteral: String, declType: String, baseType: String,
        isOptional: Bool, isIndirect: Bool, storageName: String, storageType: String, decodeMethod: String,
        encodeMethod: String
    ) {
        self.docLines = docLines
        self.name = name
        self.caseName = caseName
        self.jsonLiteral = jsonLiteral
        self.declType = declType
        self.baseType = baseType
        self.isOptional = isOptional
        self.isIndirect = isIndirect
        self.storageName = storageName
        self.storageType = storageType
        self.decodeMethod = decodeMethod
        self.encodeMethod = encodeMethod
    }
}

final class ParameterViewModel {
    var name: String
    var declType: String
    var defaultValue: String
    var separator: String

    init(name: String, declType: String, defaultValue: String, separator: String) {
        self.name = name
        self.declType = declType
        self.defaultValue = defaultValue
        self.separator = separator
    }
}

final class VariantViewModel {
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

    init(
        propertyName: String, enumName: String, discriminatorName: String, indirectKeyword: String,
        cases: [VariantCaseViewModel], otherCaseName: String, otherDocLines: [String], docLines: [String],
        enumDocLines: [String], hasUnlistedTags: Bool
    ) {
        self.propertyName = propertyName
        self.enumName = enumName
        self.discriminatorName = discriminatorName
        self.indirectKeyword = indirectKeyword
        self.cases = cases
        self.otherCaseName = otherCaseName
        self.otherDocLines = otherDocLines
        self.docLines = docLines
        self.enumDocLines = enumDocLines
        self.hasUnlistedTags = hasUnlistedTags
    }
}

final class VariantCaseViewModel {
    var docLines: [String]
    var caseName: String
    var typeName: String

    init(docLines: [String], caseName: String, typeName: String) {
        self.docLines = docLines
        self.caseName = caseName
        self.typeName = typeName
    }
}

final class EnumViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var rawType: String
    var cases: [EnumCaseViewModel]
    var unknownCaseName: String
    var unknownDocLines: [String]
    var runtime: String

    init(
        docLines: [String], access: String, name: String, qualifiedName: String, rawType: String,
        cases: [EnumCaseViewModel], unknownCaseName: String, unknownDocLines: [String], runtime: String
    ) {
        self.docLines = docLines
        self.access = access
        self.name = name
        self.qualifiedName = qualifiedName
        self.rawType = rawType
        self.cases = cases
        self.unknownCaseName = unknownCaseName
        self.unknownDocLines = unknownDocLines
        self.runtime = runtime
    }
}

final class EnumCaseViewModel {
    var docLines: [String]
    var name: String
    var rawLiteral: String
    var separator: String

    init(docLines: [String], name: String, rawLiteral: String, separator: String) {
        self.docLines = docLines
        self.name = name
        self.rawLiteral = rawLiteral
        self.separator = separator
    }
}

final class UnionViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var indirectKeyword: String
    var members: [UnionMemberViewModel]
    var leadingMembers: [UnionMemberViewModel]
    var lastMember: UnionMemberViewModel
    var runtime: String

    init(
        docLines: [String], access: String, name: String, qualifiedName: String, indirectKeyword: String,
        members: [UnionMemberViewModel], leadingMembers: [UnionMemberViewModel], lastMember: UnionMemberViewModel,
        runtime: String
    ) {
        self.docLines = docLines
        self.access = access
        self.name = name
        self.qualifiedName = qualifiedName
        self.indirectKeyword = indirectKeyword
        self.members = members
        self.leadingMembers = leadingMembers
        self.lastMember = lastMember
        self.runtime = runtime
    }
}

final class UnionMemberViewModel {
    var caseName: String
    var type: String

    init(caseName: String, type: String) {
        self.caseName = caseName
        self.type = type
    }
}

final class EventsViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var indirectKeyword: String
    var discriminatorLiteral: String
    var payloadLiteral: String
    var hasPayloadKey: Bool
    var events: [EventViewModel]
    /// Whether an event carries its fields at the top level of the message (`init(jsonReader:)` reads it twice).
    var hasFrameEvents: Bool
    var unknownCaseName: String
    var unknownDocLines: [String]
    var runtime: String

    init(
        docLines: [String], access: String, name: String, qualifiedName: String, indirectKeyword: String,
        discriminatorLiteral: String, payloadLiteral: String, hasPayloadKey: Bool, events: [EventViewModel],
        hasFrameEvents: Bool, unknownCaseName: String, unknownDocLines: [String], runtime: String
    ) {
        self.docLines = docLines
        self.access = access
        self.name = name
        self.qualifiedName = qualifiedName
        self.indirectKeyword = indirectKeyword
        self.discriminatorLiteral = discriminatorLiteral
        self.payloadLiteral = payloadLiteral
        self.hasPayloadKey = hasPayloadKey
        self.events = events
        self.hasFrameEvents = hasFrameEvents
        self.unknownCaseName = unknownCaseName
        self.unknownDocLines = unknownDocLines
        self.runtime = runtime
    }
}

final class EventViewModel {
    var docLines: [String]
    var caseName: String
    var wireLiteral: String
    var payloadType: String
    var hasPayload: Bool
    var isData: Bool
    var isFrame: Bool

    init(
        docLines: [String], caseName: String, wireLiteral: String, payloadType: String, hasPayload: Bool, isData: Bool,
        isFrame: Bool
    ) {
        self.docLines = docLines
        self.caseName = caseName
        self.wireLiteral = wireLiteral
        self.payloadType = payloadType
        self.hasPayload = hasPayload
        self.isData = isData
        self.isFrame = isFrame
    }
}

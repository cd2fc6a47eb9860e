// View models of the Swift model templates (`Templates/models.swift.mustache` and its partials): flat values of
// names, types, texts and flags, each with its template keys declared once (see `TemplateViewModel`). The Swift
// statements are all in the templates; a text that ends up inside a string literal (`jsonKey`, `rawValue`) holds the
// literal's escaped contents, without the quotes.

/// One generated Swift file.
struct SwiftFileViewModel: TemplateViewModel {
    var sourcePath: String
    var imports: [String]
    var types: [SwiftTypeViewModel]
    /// The enum the types are nested in, if any.
    var namespace: String?
    /// Whether this file declares the ``namespace`` enum itself (one file of a run does).
    var declaresNamespace: Bool
    /// The access level of the namespace enum.
    var namespaceAccess: String
    /// Whether the types get their one-pass decoders (`init(json:)`, `init(jsonReader:)`).
    var fastDecoders: Bool

    static let templateKeys: [String: TemplateKey<Self>] = [
        "sourcePath": .text(\.sourcePath), "imports": .texts(\.imports), "types": .model(\.types),
        "hasNamespace": .derivedFlag { $0.namespace != nil }, "namespace": .text(\.namespace),
        "declaresNamespace": .flag(\.declaresNamespace), "namespaceAccess": .text(\.namespaceAccess),
        "fastDecoders": .flag(\.fastDecoders),
        // Markers, not stored values: see `TemplateSet.indented(_:)`.
        "indentMore": .constant(TemplateSet.indentMore), "indentLess": .constant(TemplateSet.indentLess),
    ]
}

/// One type of a file: exactly one of the kinds is set.
struct SwiftTypeViewModel: TemplateViewModel {
    var object: ObjectViewModel?
    var enumeration: EnumViewModel?
    var union: UnionViewModel?
    var events: EventsViewModel?
    var opcodeEvents: OpcodeEventsViewModel?
    var flags: FlagsViewModel?
    var taggedUnion: TaggedUnionViewModel?

    static let templateKeys: [String: TemplateKey<Self>] = [
        "object": .model(\.object), "enumeration": .model(\.enumeration), "union": .model(\.union),
        "events": .model(\.events), "opcodeEvents": .model(\.opcodeEvents), "flags": .model(\.flags),
        "taggedUnion": .model(\.taggedUnion),
    ]
}

/// An object type: a struct, its coding and its one-pass JSON decoding.
struct ObjectViewModel: TemplateViewModel {
    /// The documentation comment's lines, without the comment markers (an empty line separates paragraphs).
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var properties: [PropertyViewModel]
    var variant: VariantViewModel?
    var runtime: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "docLines": .texts(\.docLines), "access": .text(\.access), "name": .text(\.name),
        "qualifiedName": .text(\.qualifiedName), "properties": .model(\.properties),
        "hasProperties": .derivedFlag { !$0.properties.isEmpty }, "variant": .model(\.variant),
        "runtime": .text(\.runtime),
    ]
}

/// A field of an object type.
struct PropertyViewModel: TemplateViewModel {
    /// The lines of the docs' description (none when there is none).
    var summaryLines: [String]
    /// The JSON key as the docs write it (for the documentation comment).
    var jsonName: String
    /// The one value the field takes, when the docs give it.
    var constant: String?
    /// Where the docs describe the field (empty when the run leaves source locations out).
    var fromNote: String
    /// The property name, with backticks when needed.
    var name: String
    /// The coding key case, with backticks when needed.
    var caseName: String
    /// The JSON key, escaped for a string literal.
    var jsonKey: String
    /// The field's position in the object (its index in the key table of `init(jsonReader:)`).
    var index: Int
    /// The type without optionality.
    var baseType: String
    /// Whether the property is optional (the key may be absent or its value `null`).
    var isOptional: Bool
    /// Whether the key is always present (it may still be `null`).
    var isRequired: Bool
    /// Whether the value may be `null`.
    var isNullable: Bool
    /// Whether the value is boxed (`Indirect`) in ``storageName``, as a recursive type needs.
    var isIndirect: Bool
    var storageName: String
    /// Whether the runtime's reader decodes the type itself; otherwise `init(jsonReader:)` hands the document to
    /// `JSONDecoder` when the key occurs.
    var isFastDecodable: Bool
    /// Whether this is the last parameter of the memberwise initializer.
    var isLastParameter: Bool

    static let templateKeys: [String: TemplateKey<Self>] = [
        "summaryLines": .texts(\.summaryLines), "hasSummary": .derivedFlag { !$0.summaryLines.isEmpty },
        "jsonName": .text(\.jsonName), "hasConstant": .derivedFlag { $0.constant != nil },
        "constant": .text(\.constant), "fromNote": .text(\.fromNote),
        "name": .text(\.name),
        "caseName": .text(\.caseName), "jsonKey": .text(\.jsonKey), "index": .number(\.index),
        "baseType": .text(\.baseType), "isOptional": .flag(\.isOptional), "isRequired": .flag(\.isRequired),
        "isNullable": .flag(\.isNullable), "isIndirect": .flag(\.isIndirect),
        "storageName": .text(\.storageName), "isFastDecodable": .flag(\.isFastDecodable),
        "isLastParameter": .flag(\.isLastParameter),
    ]
}

/// The fields of an object that a tag selects, kept in an enum property beside the common fields.
struct VariantViewModel: TemplateViewModel {
    var propertyName: String
    var enumName: String
    var discriminatorName: String
    var isIndirect: Bool
    var cases: [VariantCaseViewModel]
    var otherCaseName: String
    var otherDocLines: [String]
    var docLines: [String]
    var enumDocLines: [String]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "propertyName": .text(\.propertyName), "enumName": .text(\.enumName),
        "discriminatorName": .text(\.discriminatorName), "isIndirect": .flag(\.isIndirect),
        "cases": .model(\.cases), "otherCaseName": .text(\.otherCaseName), "otherDocLines": .texts(\.otherDocLines),
        "docLines": .texts(\.docLines), "enumDocLines": .texts(\.enumDocLines),
    ]
}

/// One tag value of a variant and the type of its fields.
struct VariantCaseViewModel: TemplateViewModel {
    var docLines: [String]
    var caseName: String
    var typeName: String
    /// How `init(from:)` fills the variant's fields from the object's container (`SwiftVariantDecoding`), or
    /// `nil` when the variant type decodes itself.
    var fields: [VariantFieldViewModel]?

    static let templateKeys: [String: TemplateKey<Self>] = [
        "docLines": .texts(\.docLines), "caseName": .text(\.caseName), "typeName": .text(\.typeName),
        "fields": .model(\.fields), "hasFields": .derivedFlag { $0.fields != nil },
    ]
}

/// An enumeration of documented values, open to values the docs do not list.
struct EnumViewModel: TemplateViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    /// The type of the values (`Swift.Int` or `Swift.String`).
    var rawType: String
    var cases: [EnumCaseViewModel]
    var unknownCaseName: String
    var runtime: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "docLines": .texts(\.docLines), "access": .text(\.access), "name": .text(\.name),
        "qualifiedName": .text(\.qualifiedName), "rawType": .text(\.rawType), "cases": .model(\.cases),
        "unknownCaseName": .text(\.unknownCaseName), "runtime": .text(\.runtime),
    ]
}

/// A documented value of an enumeration.
struct EnumCaseViewModel: TemplateViewModel {
    /// The lines of the docs' description (none when there is none).
    var summaryLines: [String]
    /// The value as the docs write it (for the documentation comment).
    var value: String
    var name: String
    /// The value: an integer literal's digits, or a string literal's escaped contents.
    var rawValue: String
    /// Whether the value is an integer (otherwise a string).
    var isInteger: Bool

    static let templateKeys: [String: TemplateKey<Self>] = [
        "summaryLines": .texts(\.summaryLines), "hasSummary": .derivedFlag { !$0.summaryLines.isEmpty },
        "value": .text(\.value),
        "name": .text(\.name), "rawValue": .text(\.rawValue), "isInteger": .flag(\.isInteger),
    ]
}

/// A value of one of several types.
struct UnionViewModel: TemplateViewModel {
    /// Where the docs describe the type (empty when the run leaves source locations out).
    var fromNote: String
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var isIndirect: Bool
    /// The members, at least one.
    var members: [UnionMemberViewModel]
    var runtime: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "fromNote": .text(\.fromNote), "access": .text(\.access), "name": .text(\.name),
        "qualifiedName": .text(\.qualifiedName), "isIndirect": .flag(\.isIndirect), "members": .model(\.members),
        "leadingMembers": .derivedModels { Array($0.members.dropLast()) },
        "lastMember": .derivedModel { $0.members.last },
        "runtime": .text(\.runtime),
    ]
}

/// A member type of a union.
struct UnionMemberViewModel: TemplateViewModel {
    var caseName: String
    var type: String

    static let templateKeys: [String: TemplateKey<Self>] = ["caseName": .text(\.caseName), "type": .text(\.type)]
}

/// A set of messages told apart by a name key (websocket events).
struct EventsViewModel: TemplateViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var isIndirect: Bool
    /// The key that holds the event's name, escaped for a string literal.
    var discriminatorKey: String
    /// The key that holds the payload, escaped for a string literal.
    var payloadKey: String
    var hasPayloadKey: Bool
    var events: [EventViewModel]
    /// The coding keys of the fields that events carrying their fields at the top level decode from the message's
    /// own container (``EventViewModel/fields``), one per JSON key.
    var frameKeys: [EventKeyViewModel]
    var unknownCaseName: String
    var unknownDocLines: [String]
    var runtime: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "docLines": .texts(\.docLines), "access": .text(\.access), "name": .text(\.name),
        "qualifiedName": .text(\.qualifiedName), "isIndirect": .flag(\.isIndirect),
        "discriminatorKey": .text(\.discriminatorKey), "payloadKey": .text(\.payloadKey),
        "hasPayloadKey": .flag(\.hasPayloadKey), "events": .model(\.events), "frameKeys": .model(\.frameKeys),
        // Whether an event carries its fields at the top level of the message (`init(jsonReader:)` reads it twice).
        "hasFrameEvents": .derivedFlag { $0.events.contains(where: \.isFrame) },
        "unknownCaseName": .text(\.unknownCaseName),
        "unknownDocLines": .texts(\.unknownDocLines), "runtime": .text(\.runtime),
    ]
}

/// One event of a set.
struct EventViewModel: TemplateViewModel {
    var docLines: [String]
    var caseName: String
    /// The event's name, escaped for a string literal.
    var wireName: String
    var payloadType: String
    var isData: Bool
    var isFrame: Bool
    /// For an event that carries its fields at the top level: how `init(from:)` makes the payload with its
    /// memberwise initializer from the message's own container (each field's ``VariantFieldViewModel/commonName``
    /// is its coding key there), or `nil` when the payload type decodes itself from the message (a second
    /// container on the same object).
    var fields: [VariantFieldViewModel]?

    static let templateKeys: [String: TemplateKey<Self>] = [
        "docLines": .texts(\.docLines), "caseName": .text(\.caseName), "wireName": .text(\.wireName),
        "payloadType": .text(\.payloadType), "hasPayload": .derivedFlag { $0.isData || $0.isFrame },
        "isData": .flag(\.isData),
        "isFrame": .flag(\.isFrame),
        "fields": .model(\.fields), "hasFields": .derivedFlag { $0.fields != nil },
    ]
}

/// A coding key of an event set's message beside its name and payload keys.
struct EventKeyViewModel: TemplateViewModel {
    var caseName: String
    /// The JSON key, escaped for a string literal.
    var jsonKey: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "caseName": .text(\.caseName), "jsonKey": .text(\.jsonKey),
    ]
}

import SpecgenIR

/// A field of a variant's type, as the `Codable` decoder of the tagged object fills it: from a common field already
/// decoded, or from the object's own container.
struct VariantFieldViewModel: TemplateViewModel {
    /// The parameter of the variant type's memberwise initializer.
    var name: String
    /// Whether the common field of the same key, type and optionality already holds the value.
    var reusesCommon: Bool
    /// The common field's property (when ``reusesCommon``) or coding key case (otherwise).
    var commonName: String
    /// Whether the common field is an open object (`JSONObject`, a notification's `details`) that the value is
    /// decoded from in memory (``JSONValueDecoding``), the container being the fallback; ``commonProperty`` is its
    /// property.
    var decodesFromObject: Bool
    var commonProperty: String
    /// The variant field's type without optionality, and whether it is optional.
    var baseType: String
    var isOptional: Bool
    var isLastParameter: Bool

    static let templateKeys: [String: TemplateKey<Self>] = [
        "name": .text(\.name), "reusesCommon": .flag(\.reusesCommon), "commonName": .text(\.commonName),
        "decodesFromObject": .flag(\.decodesFromObject), "commonProperty": .text(\.commonProperty),
        "baseType": .text(\.baseType), "isOptional": .flag(\.isOptional),
        "isLastParameter": .flag(\.isLastParameter),
    ]
}

/// How the `Codable` decoder of a tagged object (Notification, its `name` selecting the fields of `details`)
/// decodes a variant without reading the object a second time: every key of the variant's type is also a key of the
/// object, so the variant is made with its memberwise initializer from the common fields already decoded (same key,
/// type and optionality), from the open object a common field already holds (a variant's typed `details`), and for
/// the others from the object's container. The result, and whether decoding throws, are those of the variant type's
/// own `init(from:)` on the same object.
enum SwiftVariantDecoding {
    /// The fields of one variant, or `nil` when the variant type must decode itself: it has a key the object does
    /// not, or variants of its own.
    static func fields(
        of variantType: String, common: [PropertyViewModel], in swift: SwiftSchema, runtime: String,
        viewModel: (Property, SwiftProperty, Int, Bool, SwiftSchema) -> PropertyViewModel
    ) -> [VariantFieldViewModel]? {
        guard let own = memberwiseFields(of: variantType, in: swift, viewModel: viewModel) else { return nil }
        var fields: [VariantFieldViewModel] = []
        for (property, own) in own {
            guard let match = common.first(where: { $0.jsonName == property.jsonName }) else { return nil }
            // A boxed common field is a computed property, which an initializer cannot read before it is done.
            let reuses = !match.isIndirect && match.baseType == own.baseType && match.isOptional == own.isOptional
            let fromObject =
                !reuses && !match.isIndirect && !match.isOptional && !own.isOptional
                && match.baseType == "\(runtime).JSONObject"
            fields.append(
                VariantFieldViewModel(
                    name: own.name, reusesCommon: reuses, commonName: reuses ? match.name : match.caseName,
                    decodesFromObject: fromObject, commonProperty: match.name, baseType: own.baseType,
                    isOptional: own.isOptional, isLastParameter: false))
        }
        return lastMarked(fields)
    }

    /// The properties of an object type that a memberwise initializer can make, each with its view model, or `nil`
    /// when the type must decode itself: it is not an object with properties, or it has variants (its `init(from:)`
    /// decodes them from the same object).
    static func memberwiseFields(
        of typeName: String, in swift: SwiftSchema,
        viewModel: (Property, SwiftProperty, Int, Bool, SwiftSchema) -> PropertyViewModel
    ) -> [(property: Property, viewModel: PropertyViewModel)]? {
        guard let type = swift.schema.type(named: typeName),
            case .object(let object) = type.kind, object.variants == nil, !object.properties.isEmpty
        else { return nil }
        return object.properties.enumerated().map { index, property in
            let own = viewModel(
                property, swift.property(property, in: type), index,
                swift.storage.isBoxed(property.jsonName, in: type.name), swift)
            return (property, own)
        }
    }

    /// The fields with the last one marked as the initializer's last parameter.
    static func lastMarked(_ fields: [VariantFieldViewModel]) -> [VariantFieldViewModel] {
        var fields = fields
        if !fields.isEmpty { fields[fields.count - 1].isLastParameter = true }
        return fields
    }
}

/// How the `Codable` decoder of an event set makes the payload of an event that carries its fields at the top level
/// of the message (osu!'s `read`): with the payload type's memberwise initializer, each field decoded from the
/// message's own container, rather than by the payload type's `init(from:)` on the same decoder, which would make a
/// second container on the same object (`JSONDecoder` indexes the object's keys again for it). The fields are
/// decoded in the payload type's order, with its types and optionality, so the result, and whether decoding
/// throws, are those of its own `init(from:)`.
enum SwiftFrameDecoding {
    /// The coding keys of the message: the event name's and payload's cases, then one case per other key the
    /// fields need (`frame0`, `frame1`, …, in the order first needed).
    struct Keys {
        /// The keys the fields use beyond the name and payload keys, in the order first needed.
        private(set) var added: [EventKeyViewModel] = []
        private var cases: [String: String]

        init(discriminator: String, payload: String?) {
            cases = [discriminator: "name"]
            if let payload, payload != discriminator { cases[payload] = "payload" }
        }

        /// The coding key case for a JSON key, added when new.
        mutating func caseName(for key: String) -> String {
            if let name = cases[key] { return name }
            let name = "frame\(added.count)"
            cases[key] = name
            added.append(EventKeyViewModel(caseName: name, jsonKey: SwiftSyntax.stringContents(key)))
            return name
        }
    }

    /// The fields of a payload type, or `nil` when it must decode itself
    /// (``SwiftVariantDecoding/memberwiseFields(of:in:viewModel:)``).
    static func fields(
        of payload: TypeRef, keys: inout Keys, in swift: SwiftSchema,
        viewModel: (Property, SwiftProperty, Int, Bool, SwiftSchema) -> PropertyViewModel
    ) -> [VariantFieldViewModel]? {
        guard case .named(let name) = payload,
            let own = SwiftVariantDecoding.memberwiseFields(of: name, in: swift, viewModel: viewModel)
        else { return nil }
        let fields = own.map { property, own in
            VariantFieldViewModel(
                name: own.name, reusesCommon: false, commonName: keys.caseName(for: property.jsonName),
                decodesFromObject: false, commonProperty: "", baseType: own.baseType,
                isOptional: own.isOptional, isLastParameter: false)
        }
        return SwiftVariantDecoding.lastMarked(fields)
    }
}

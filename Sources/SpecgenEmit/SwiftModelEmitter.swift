import SpecgenIR
import SpecgenSupport

/// Emits the Swift Codable models: one file per documentation file, through the `models.swift` template.
public struct SwiftModelEmitter: Sendable {
    let templates: TemplateSet
    let options: EmitOptions

    /// Creates an emitter.
    public init(templates: TemplateSet, options: EmitOptions = EmitOptions()) {
        self.templates = templates
        self.options = options
    }

    /// Renders the models of one document.
    ///
    /// - Parameters:
    ///   - path: The document's display path.
    ///   - types: The types it owns, in schema order, as the Swift pass gives them (from `swift`).
    ///   - swift: The schema after the Swift pass (storage of the types that contain themselves).
    ///   - baseName: The output file's base name.
    ///   - declaresNamespace: Whether this file declares the namespace enum (when there is a namespace): exactly
    ///     one models file of a run must, by convention the first document's in path order.
    /// - Returns: The file `<baseName>.swift`.
    public func emitFile(
        for path: String, types: [SchemaType], in swift: SwiftSchema, baseName: String, declaresNamespace: Bool = false
    ) throws -> RenderedFile {
        let model = SwiftFileViewModel(
            sourcePath: path, imports: ["Foundation", options.runtimeModule].sorted(),
            types: types.map { viewModel(for: $0, in: swift) },
            namespace: options.namespace, declaresNamespace: declaresNamespace && options.namespace != nil,
            namespaceAccess: access, fastDecoders: options.fastDecoders)
        return RenderedFile(
            name: OutputKind.models.fileName(base: baseName),
            bytes: try templates.renderBytes(model, template: "models.swift"))
    }

    // MARK: - View models

    var access: String { options.accessModifier.rawValue }
    var runtime: String { options.runtimeModule }

    func viewModel(for type: SchemaType, in swift: SwiftSchema) -> SwiftTypeViewModel {
        let storage = swift.storage
        let docLines = SwiftSyntax.docLines(
            summary: swift.summary(of: type), details: [options.fromNote(type.location)])
        switch type.kind {
        case .object(let object):
            return SwiftTypeViewModel(object: objectViewModel(type, object, in: swift, docLines: docLines))
        case .enumeration(let enumeration):
            if let encoding = enumeration.flags {
                return SwiftTypeViewModel(
                    flags: FlagsViewModel(
                        type, enumeration, name: swift.typeName(of: type), encoding: encoding,
                        caseNames: swift.caseNames(of: type), docLines: docLines,
                        access: access, runtime: runtime))
            }
            return SwiftTypeViewModel(enumeration: enumViewModel(type, enumeration, in: swift, docLines: docLines))
        case .union(let union) where union.tag != nil:
            return SwiftTypeViewModel(
                taggedUnion: taggedUnionViewModel(type, union, union.tag!, in: swift))
        case .union(let union):
            let members = zip(union.members, swift.caseNames(of: type)).map { member, caseName in
                UnionMemberViewModel(
                    caseName: SwiftNaming.escaped(caseName),
                    type: SwiftSyntax.type(member.type, in: swift, runtime: runtime, namespace: options.namespace))
            }
            return SwiftTypeViewModel(
                union: UnionViewModel(
                    fromNote: options.fromNote(type.location), access: access, name: swift.typeName(of: type),
                    qualifiedName: options.qualified(swift.typeName(of: type)),
                    isIndirect: storage.isIndirect(type.name),
                    members: members, runtime: runtime))
        case .eventSet(let set):
            let summary = type.summary ?? "The messages of \u{201C}\(type.docName)\u{201D}, one case per event."
            let eventsDoc = SwiftSyntax.docLines(summary: summary, details: [options.fromNote(type.location)])
            if let opcode = set.opcode {
                return SwiftTypeViewModel(
                    opcodeEvents: opcodeEventsViewModel(type, set, opcode, in: swift, docLines: eventsDoc))
            }
            return SwiftTypeViewModel(
                events: eventsViewModel(type, set, in: swift, docLines: eventsDoc))
        }
    }

    func objectViewModel(_ type: SchemaType, _ object: ObjectType, in swift: SwiftSchema, docLines: [String])
        -> ObjectViewModel
    {
        let storage = swift.storage
        // The type's names and boxed keys are looked up once, not for each property.
        let named = swift.properties[type.name]
        let boxed = storage.boxedProperties[type.name]
        var properties = object.properties.enumerated().map {
            propertyViewModel(
                $1, swift: SwiftSchema.property($1, among: named), index: $0,
                isBoxed: boxed?.contains($1.jsonName) ?? false,
                in: swift)
        }
        var variant: VariantViewModel?
        if let variants = object.variants, let discriminator = object.discriminatorProperty,
            let members = swift.variantMembers[type.name]
        {
            let discriminatorName = swift.property(discriminator, in: type).name
            let enumDoc = SwiftSyntax.docLines(
                summary: "The fields that depend on ``\(swift.typeName(of: type))/\(discriminatorName)``.",
                details: [])
            let cases = zip(variants.variants, swift.caseNames(of: type)).map { v, caseName in
                let fields = SwiftVariantDecoding.fields(
                    of: v.typeName, common: properties, in: swift, runtime: runtime, viewModel: propertyViewModel)
                return VariantCaseViewModel(
                    docLines: SwiftSyntax.docLines(summary: "`\(variants.discriminator)` is `\(v.tag)`.", details: []),
                    caseName: SwiftNaming.escaped(caseName), typeName: options.qualified(swift.typeName(v.typeName)),
                    fields: fields)
            }
            variant = VariantViewModel(
                propertyName: SwiftNaming.escaped(members.propertyName),
                enumName: swift.variantEnumName(of: type),
                discriminatorName: SwiftNaming.escaped(discriminatorName),
                isIndirect: storage.isIndirect(type.name), cases: cases,
                otherCaseName: SwiftNaming.escaped(members.otherCaseName),
                otherDocLines: SwiftSyntax.docLines(
                    summary: "A `\(variants.discriminator)` the docs give no fields for (including values they do "
                        + "not list).", details: []),
                docLines: SwiftSyntax.docLines(
                    summary: "The fields selected by `\(variants.discriminator)`, decoded from the same object.",
                    details: []),
                enumDocLines: enumDoc)
        } else if !properties.isEmpty {
            properties[properties.count - 1].isLastParameter = true
        }
        return ObjectViewModel(
            docLines: docLines, access: access, name: swift.typeName(of: type),
            qualifiedName: options.qualified(swift.typeName(of: type)), properties: properties, variant: variant,
            runtime: runtime)
    }

    func propertyViewModel(
        _ property: Property, swift: SwiftProperty, index: Int, isBoxed: Bool, in schema: SwiftSchema
    ) -> PropertyViewModel {
        let base =
            swift.type ?? SwiftSyntax.type(property.type, in: schema, runtime: runtime, namespace: options.namespace)
        let optional = property.isNullable || !property.isRequired
        let summaryLines = SwiftSyntax.docLines(summary: property.summary, details: [])
        let name = SwiftNaming.escaped(swift.name)
        return PropertyViewModel(
            summaryLines: summaryLines, jsonName: property.jsonName, constant: property.constant,
            fromNote: options.fromNote(property.location), name: name, caseName: name,
            jsonKey: SwiftSyntax.stringContents(property.jsonName), index: index,
            baseType: base, isOptional: optional, isRequired: property.isRequired, isNullable: property.isNullable,
            isIndirect: isBoxed,
            storageName: SwiftNaming.storageName(swift.name),
            isFastDecodable: swift.type.map(FastDecodableScalars.contains) ?? true, isLastParameter: false)
    }

    func enumViewModel(_ type: SchemaType, _ enumeration: EnumType, in swift: SwiftSchema, docLines: [String])
        -> EnumViewModel
    {
        let cases = zip(enumeration.cases, swift.caseNames(of: type)).map { c, caseName in
            let summaryLines = SwiftSyntax.docLines(summary: c.summary, details: [])
            return EnumCaseViewModel(
                summaryLines: summaryLines, value: c.value,
                name: SwiftNaming.escaped(caseName),
                rawValue: enumeration.isInteger
                    ? SwiftSyntax.integerLiteral(c.value) : SwiftSyntax.stringContents(c.value),
                isInteger: enumeration.isInteger)
        }
        return EnumViewModel(
            docLines: docLines, access: access, name: swift.typeName(of: type),
            qualifiedName: options.qualified(swift.typeName(of: type)),
            rawType: enumeration.isInteger ? "Swift.Int" : "Swift.String", cases: cases,
            unknownCaseName: SwiftNaming.escaped(swift.unknownCaseName(of: type)), runtime: runtime)
    }

    func eventsViewModel(_ type: SchemaType, _ set: EventSetType, in swift: SwiftSchema, docLines: [String])
        -> EventsViewModel
    {
        var frameKeys = SwiftFrameDecoding.Keys(
            discriminator: set.discriminator, payload: set.payloadKey != nil ? set.payloadField : nil)
        let events = zip(set.events, swift.caseNames(of: type)).map { event, caseName -> EventViewModel in
            var payloadType = ""
            var isData = false
            var isFrame = false
            var fields: [VariantFieldViewModel]?
            var placement = "carries nothing"
            switch event.payload {
            case .none:
                break
            case .data(let ref, let required, _):
                payloadType = SwiftSyntax.type(ref, in: swift, runtime: runtime, namespace: options.namespace)
                isData = true
                placement = Self.dataPlacement(
                    payloadType, under: set.payloadField, nullable: false, required: required)
            case .frame(let ref, _):
                payloadType = SwiftSyntax.type(ref, in: swift, runtime: runtime, namespace: options.namespace)
                isFrame = true
                placement = "carries `\(payloadType)` at the top level of the message"
                fields = SwiftFrameDecoding.fields(of: ref, keys: &frameKeys, in: swift, viewModel: propertyViewModel)
            }
            return EventViewModel(
                docLines: eventDocLines(event, identity: "`\(event.name)`", placement: placement),
                caseName: SwiftNaming.escaped(caseName), wireName: SwiftSyntax.stringContents(event.name),
                payloadType: payloadType, isData: isData, isFrame: isFrame, fields: fields)
        }
        let unknownPayload = set.payloadKey.map { "and its `\($0)` (if any)" } ?? ""
        return EventsViewModel(
            docLines: docLines, access: access, name: swift.typeName(of: type),
            qualifiedName: options.qualified(swift.typeName(of: type)), isIndirect: swift.storage.isIndirect(type.name),
            discriminatorKey: SwiftSyntax.stringContents(set.discriminator),
            payloadKey: SwiftSyntax.stringContents(set.payloadField), hasPayloadKey: set.payloadKey != nil,
            events: events, frameKeys: frameKeys.added,
            unknownCaseName: SwiftNaming.escaped(swift.unknownCaseName(of: type)),
            unknownDocLines: SwiftSyntax.docLines(
                summary: "An event the docs do not describe, with its name \(unknownPayload) kept as received.",
                details: []),
            runtime: runtime)
    }

    /// What an event's case says it carries under the payload key: "carries `X` under `data`", with "(or `null`)"
    /// for a nullable payload and the keys the event requires.
    static func dataPlacement(_ payloadType: String, under field: String, nullable: Bool, required: [RequiredAttribute])
        -> String
    {
        var placement = "carries `\(payloadType)` under `\(field)`"
        if nullable { placement += " (or `null`)" }
        if !required.isEmpty {
            placement += " with " + required.map { "`\($0.jsonName)`" }.joined(separator: ", ") + " present"
        }
        return placement
    }

    /// The doc lines of an event's case: its summary, then what identifies it, what it carries and where the docs
    /// describe it.
    func eventDocLines(_ event: Event, identity: String, placement: String) -> [String] {
        let from = options.fromNote(event.location)
        return SwiftSyntax.docLines(
            summary: event.summary, details: ["\(identity): \(placement)." + (from.isEmpty ? "" : " " + from)])
    }
}

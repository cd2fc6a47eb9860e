import SpecgenIR

/// Emits the Swift Codable models: one file per documentation file, through the `models.swift` template.
public struct SwiftModelEmitter: Sendable {
    let templates: TemplateSet
    let options: EmitOptions

    /// Creates an emitter.
    public init(templates: TemplateSet, options: EmitOptions = EmitOptions()) {
        self.templates = templates
        self.options = options
    }

    /// Renders the models of every document.
    ///
    /// - Parameters:
    ///   - schema: The schema.
    ///   - fileNames: The output file name (without extension) for each document path.
    ///   - allDocuments: Every document path; documents without types still get a file.
    /// - Returns: One file per document, named `<name>.swift`.
    public func emit(_ schema: Schema, fileNames: [String: String], allDocuments: [String]) throws -> [RenderedFile] {
        let byDocument = schema.typesByDocumentPath
        let first = allDocuments.min()
        return try allDocuments.map { path in
            try emitFile(
                for: path, types: byDocument[path] ?? [],
                baseName: fileNames[path] ?? SwiftNaming.typeName(path), declaresNamespace: path == first)
        }
    }

    /// Renders the models of one document.
    ///
    /// - Parameters:
    ///   - path: The document's display path.
    ///   - types: The types it owns, in schema order.
    ///   - baseName: The output file's base name.
    ///   - declaresNamespace: Whether this file declares the namespace enum (when there is a namespace): exactly
    ///     one models file of a run must, by convention the first document's in path order.
    /// - Returns: The file `<baseName>.swift`.
    public func emitFile(for path: String, types: [SchemaType], baseName: String, declaresNamespace: Bool = false)
        throws -> RenderedFile
    {
        let model = SwiftFileViewModel(
            sourcePath: path, imports: ["Foundation", options.runtimeModule].sorted(),
            types: types.map { viewModel(for: $0) }, namespace: options.namespace,
            declaresNamespace: declaresNamespace, namespaceAccess: access)
        return RenderedFile(name: baseName + ".swift", contents: try templates.render(model, template: "models.swift"))
    }

    // MARK: - View models

    var access: String { options.accessModifier.rawValue }
    var runtime: String { options.runtimeModule }

    func viewModel(for type: SchemaType) -> SwiftTypeViewModel {
        let docLines = SwiftSyntax.docLines(summary: type.summary, details: [options.fromNote(type.location)])
        switch type.kind {
        case .object(let object):
            return SwiftTypeViewModel(object: objectViewModel(type, object, docLines: docLines))
        case .enumeration(let enumeration):
            return SwiftTypeViewModel(enumeration: enumViewModel(type, enumeration, docLines: docLines))
        case .union(let union):
            let members = union.members.map {
                UnionMemberViewModel(
                    caseName: SwiftNaming.escaped($0.caseName),
                    type: SwiftSyntax.type($0.type, runtime: runtime, namespace: options.namespace))
            }
            let unionDoc = SwiftSyntax.docLines(
                summary: "One of several types; decoding tries the most specific first.",
                details: [options.fromNote(type.location)])
            return SwiftTypeViewModel(
                union: UnionViewModel(
                    docLines: unionDoc, access: access, name: type.name, qualifiedName: options.qualified(type.name),
                    indirectKeyword: union.isIndirect ? "indirect " : "", members: members,
                    leadingMembers: Array(members.dropLast()), lastMember: members.last!, runtime: runtime))
        case .eventSet(let set):
            let summary = type.summary ?? "The messages of \u{201C}\(type.docName)\u{201D}, one case per event."
            let eventsDoc = SwiftSyntax.docLines(summary: summary, details: [options.fromNote(type.location)])
            return SwiftTypeViewModel(events: eventsViewModel(type, set, docLines: eventsDoc))
        }
    }

    func objectViewModel(_ type: SchemaType, _ object: ObjectType, docLines: [String]) -> ObjectViewModel {
        let properties = object.properties.map(propertyViewModel)
        var parameters = properties.map {
            ParameterViewModel(
                name: $0.name, declType: $0.declType, defaultValue: $0.isOptional ? " = nil" : "",
                separator: ",")
        }
        var variant: VariantViewModel?
        if let variants = object.variants {
            let enumDoc = SwiftSyntax.docLines(
                summary: "The fields that depend on ``\(type.name)/\(variants.discriminatorSwiftName)``.",
                details: [])
            let cases = variants.variants.map { v in
                VariantCaseViewModel(
                    docLines: SwiftSyntax.docLines(summary: "`\(variants.discriminator)` is `\(v.tag)`.", details: []),
                    caseName: SwiftNaming.escaped(v.caseName), typeName: options.qualified(v.typeName))
            }
            variant = VariantViewModel(
                propertyName: SwiftNaming.escaped(variants.variantPropertyName),
                enumName: variants.variantEnumName,
                discriminatorName: SwiftNaming.escaped(variants.discriminatorSwiftName),
                indirectKeyword: variants.isIndirect ? "indirect " : "", cases: cases,
                otherCaseName: SwiftNaming.escaped(variants.otherCaseName),
                otherDocLines: SwiftSyntax.docLines(
                    summary: "A `\(variants.discriminator)` the docs give no fields for (including values they do "
                        + "not list).", details: []),
                docLines: SwiftSyntax.docLines(
                    summary: "The fields selected by `\(variants.discriminator)`, decoded from the same object.",
                    details: []),
                enumDocLines: enumDoc,
                hasUnlistedTags: true)
            parameters.append(
                ParameterViewModel(
                    name: SwiftNaming.escaped(variants.variantPropertyName), declType: variants.variantEnumName,
                    defaultValue: " = .\(SwiftNaming.escaped(variants.otherCaseName))", separator: ","))
        }
        if !parameters.isEmpty { parameters[parameters.count - 1].separator = "" }
        let fast = fastDecodingLines(object.properties, properties)
        return ObjectViewModel(
            docLines: docLines, access: access, name: type.name, qualifiedName: options.qualified(type.name),
            properties: properties,
            hasProperties: !properties.isEmpty, initParameters: parameters, variant: variant, runtime: runtime,
            fastKeys: properties.map(\.jsonLiteral).joined(separator: ", "), fastLocals: fast.locals,
            fastCases: fast.cases, fastAssigns: fast.assigns)
    }

    /// The scalar Swift types the runtime's reader decodes itself (a configured type outside this list is decoded by
    /// handing the document to `JSONDecoder`).
    static let fastScalarTypes: Set<String> = [
        "String", "Bool", "Double", "Float64", "Int", "Int64", "Int32", "Int16", "Int8", "UInt", "UInt64", "UInt32",
        "UInt16", "UInt8",
    ]

    /// The lines of an object's `init(jsonReader:)`: a local per field (`v0`, … and `s0`, … for whether an optional
    /// field's key was seen), a `case` per key, and the checks and stores after the object.
    func fastDecodingLines(_ fields: [Property], _ properties: [PropertyViewModel])
        -> (locals: [String], cases: [String], assigns: [String])
    {
        var locals: [String] = []
        var cases: [String] = []
        var assigns: [String] = []
        for (index, (field, property)) in zip(fields, properties).enumerated() {
            let local = "v\(index)"
            var supported = true
            if var bare = field.swiftType {
                // `[[Swift.Int64]]` for arrays of the configured scalar.
                while bare.hasPrefix("["), bare.hasSuffix("]") { bare = String(bare.dropFirst().dropLast()) }
                if bare.hasPrefix("Swift.") { bare = String(bare.dropFirst(6)) }
                supported = SwiftModelEmitter.fastScalarTypes.contains(bare)
            }
            if !supported {
                locals.append("let \(local): \(property.baseType)? = nil")
                cases.append("case \(index): try reader.decodeWithFoundation()")
            } else if property.isOptional {
                locals.append("var \(local): \(property.baseType)? = nil")
                locals.append("var s\(index) = false")
                cases.append("case \(index): try reader.decodeOptionalField(&\(local), seen: &s\(index))")
            } else {
                locals.append("var \(local): \(property.baseType)? = nil")
                cases.append("case \(index): try reader.decodeField(&\(local))")
            }
            let value: String
            if property.isOptional {
                value = property.isIndirect ? "\(local).map { \(runtime).Indirect($0) }" : local
            } else {
                assigns.append(
                    "guard let \(local) else { throw reader.missingKey(\(property.jsonLiteral), in: object) }")
                value = property.isIndirect ? "\(runtime).Indirect(\(local))" : local
            }
            assigns.append("self.\(property.isIndirect ? property.storageName : property.name) = \(value)")
        }
        return (locals, cases, assigns)
    }

    func propertyViewModel(_ property: Property) -> PropertyViewModel {
        let base = property.swiftType ?? SwiftSyntax.type(property.type, runtime: runtime, namespace: options.namespace)
        let optional = property.isNullable || !property.isRequired
        var presence: String
        switch (property.isRequired, property.isNullable) {
        case (true, false): presence = "always present"
        case (true, true): presence = "always present, may be null"
        case (false, false): presence = "may be absent"
        case (false, true): presence = "may be absent or null"
        }
        if let constant = property.constant { presence += "; documented value `\(constant)`" }
        let from = options.fromNote(property.location)
        let details = "JSON key `\(property.jsonName)`, \(presence)." + (from.isEmpty ? "" : " " + from)
        let name = SwiftNaming.escaped(property.swiftName)
        let storageName = SwiftNaming.storageName(property.swiftName)
        let boxed = "\(runtime).Indirect<\(base)>"
        return PropertyViewModel(
            docLines: SwiftSyntax.docLines(summary: property.summary, details: [details]),
            name: name, caseName: name, jsonLiteral: SwiftSyntax.stringLiteral(property.jsonName),
            declType: optional ? base + "?" : base, baseType: base, isOptional: optional,
            isIndirect: property.isIndirect, storageName: storageName,
            storageType: optional ? boxed + "?" : boxed,
            decodeMethod: optional ? "decodeIfPresent" : "decode",
            encodeMethod: property.isRequired || !optional ? "encode" : "encodeIfPresent")
    }

    func enumViewModel(_ type: SchemaType, _ enumeration: EnumType, docLines: [String]) -> EnumViewModel {
        let cases = enumeration.cases.map { c in
            EnumCaseViewModel(
                docLines: SwiftSyntax.docLines(summary: c.summary, details: ["`\(c.value)`"]),
                name: SwiftNaming.escaped(c.swiftName),
                rawLiteral: enumeration.isInteger
                    ? SwiftSyntax.integerLiteral(c.value) : SwiftSyntax.stringLiteral(c.value),
                separator: ",")
        }
        if !cases.isEmpty { cases[cases.count - 1].separator = "" }
        return EnumViewModel(
            docLines: docLines, access: access, name: type.name, qualifiedName: options.qualified(type.name),
            rawType: enumeration.isInteger ? "Swift.Int" : "Swift.String", cases: cases,
            unknownCaseName: SwiftNaming.escaped(enumeration.unknownCaseName),
            unknownDocLines: SwiftSyntax.docLines(
                summary: "A value the docs do not list, kept as received.",
                details: []),
            runtime: runtime)
    }

    func eventsViewModel(_ type: SchemaType, _ set: EventSetType, docLines: [String]) -> EventsViewModel {
        let events = set.events.map { event -> EventViewModel in
            var payloadType = ""
            var isData = false
            var isFrame = false
            var placement = "carries nothing"
            switch event.payload {
            case .none:
                break
            case .data(let ref, let required, _):
                payloadType = SwiftSyntax.type(ref, runtime: runtime, namespace: options.namespace)
                isData = true
                placement = "carries `\(payloadType)` under `\(set.payloadField)`"
                if !required.isEmpty {
                    placement += " with " + required.map { "`\($0.jsonName)`" }.joined(separator: ", ") + " present"
                }
            case .frame(let ref, _):
                payloadType = SwiftSyntax.type(ref, runtime: runtime, namespace: options.namespace)
                isFrame = true
                placement = "carries `\(payloadType)` at the top level of the message"
            }
            let from = options.fromNote(event.location)
            return EventViewModel(
                docLines: SwiftSyntax.docLines(
                    summary: event.summary,
                    details: ["`\(event.name)`: \(placement)." + (from.isEmpty ? "" : " " + from)]),
                caseName: SwiftNaming.escaped(event.caseName), wireLiteral: SwiftSyntax.stringLiteral(event.name),
                payloadType: payloadType, hasPayload: isData || isFrame, isData: isData, isFrame: isFrame)
        }
        let unknownPayload = set.payloadKey.map { "and its `\($0)` (if any)" } ?? ""
        return EventsViewModel(
            docLines: docLines, access: access, name: type.name, qualifiedName: options.qualified(type.name),
            indirectKeyword: set.isIndirect ? "indirect " : "",
            discriminatorLiteral: SwiftSyntax.stringLiteral(set.discriminator),
            payloadLiteral: SwiftSyntax.stringLiteral(set.payloadField), hasPayloadKey: set.payloadKey != nil,
            events: events, hasFrameEvents: events.contains(where: \.isFrame),
            unknownCaseName: SwiftNaming.escaped(set.unknownCaseName),
            unknownDocLines: SwiftSyntax.docLines(
                summary: "An event the docs do not describe, with its name \(unknownPayload) kept as received.",
                details: []),
            runtime: runtime)
    }
}

import SpecgenSupport

/// Resolves the declarations of a set of documents into a ``Schema``: follows links and names, gives each type its
/// identity (``TypeClaim``), settles presence and nullability, flattens extended types, and synthesizes the types the
/// docs imply (payloads, variants, enums from literal unions, nested objects from dotted field names).
///
/// Problems are reported to the collector and the build goes on; what cannot be typed becomes ``TypeRef/any``.
public struct SchemaBuilder {
    /// Options that a dialect or the configuration supplies.
    public struct Options {
        /// The key under which an anchor matches when it does not match exactly (see `Dialect.looseAnchorKey`).
        public var looseAnchorKey: (String) -> String
        /// The `number` fields that are read as integers (a language's integer type chosen for them); the builder
        /// types them as JSON integers. How a language names and spells them is no concern of the IR.
        public var integerNarrowing: IntegerNarrowing
        /// Whether a nullable field may also be absent (see `Dialect.nullableMayBeAbsent`).
        public var nullableMayBeAbsent: Bool
        /// Which member a link to a grouping heading means (see `Dialect.resolveGroupLink`): the group, its
        /// members in document order, and the declaration that links.
        public var resolveGroupLink: (SpecDeclaration, [SpecDeclaration], SpecDeclaration?) -> GroupLinkResolution

        /// Creates options.
        public init(
            looseAnchorKey: @escaping (String) -> String = { $0.lowercased() },
            integerNarrowing: IntegerNarrowing = IntegerNarrowing(),
            nullableMayBeAbsent: Bool = true,
            resolveGroupLink: @escaping (SpecDeclaration, [SpecDeclaration], SpecDeclaration?) -> GroupLinkResolution =
                GroupLinkResolution.unresolved
        ) {
            self.looseAnchorKey = looseAnchorKey
            self.integerNarrowing = integerNarrowing
            self.nullableMayBeAbsent = nullableMayBeAbsent
            self.resolveGroupLink = resolveGroupLink
        }
    }

    let options: Options

    /// Creates a builder.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Builds the schema.
    ///
    /// - Parameters:
    ///   - documents: The documents' declarations, in any order (they are ordered by path).
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The schema.
    public func build(_ documents: [SpecDocument], diagnostics: DiagnosticCollector) -> Schema {
        let run = BuildRun(
            documents: documents.sorted { $0.path < $1.path }, options: options,
            diagnostics: diagnostics)
        return run.build()
    }
}

// MARK: - One build

/// What an anchor or name leads to.
private enum Target: Equatable {
    case declaration(Int)
    case variant(Int, Int)
    case tags(Int)
    case event(Int, Int)
    /// An anchor the docs define for something that is not a type (a section, an endpoint).
    case other(owner: Int?)
}

private final class BuildRun {
    let documents: [SpecDocument]
    let options: SchemaBuilder.Options
    let diagnostics: DiagnosticCollector

    /// Every declaration, in document order, with its document's path.
    var declarations: [(declaration: SpecDeclaration, path: String)] = []
    var anchors: [String: Target] = [:]
    var looseAnchors: [String: [Target]] = [:]
    var qualifiedNames: [String: Int] = [:]
    var shortNames: [String: [Int]] = [:]

    /// The identity of each declaration that becomes a type (``TypeClaim/identity``: its qualified name).
    var identities: [Int: String] = [:]
    /// The naming facts of every type asked for so far, by identity, in the order asked for (a schema with errors
    /// may ask for one identity twice), and how many have been asked for.
    var claims: [String: [TypeClaim]] = [:]
    var claimCount = 0

    /// Built types, per declaration: the declaration's own type first, then what it synthesized.
    var built: [Int: [SchemaType]] = [:]
    /// Object properties by declaration, once built (for extension and required-attribute checks).
    var objectProperties: [Int: [Property]] = [:]
    var building: Set<Int> = []
    /// Synthesized union types, by their members.
    var unions: [[TypeRef]: String] = [:]
    /// Tag enums and variant types by declaration.
    var tagEnumNames: [Int: String] = [:]
    var variantTypeNames: [Int: [String]] = [:]
    /// The flags types that a `string` field takes its values from: sent as strings of digits.
    var stringFlags: Set<String> = []
    /// The partial object types asked for, by the declaration of their object: the identity of each. They are made
    /// once the objects are built and placed right after them.
    var partialNames: [Int: String] = [:]

    init(documents: [SpecDocument], options: SchemaBuilder.Options, diagnostics: DiagnosticCollector) {
        self.documents = documents
        self.options = options
        self.diagnostics = diagnostics
    }

    func build() -> Schema {
        index()
        nameDeclarations()
        for index in declarations.indices where identities[index] != nil {
            buildDeclaration(index)
        }
        var types: [SchemaType] = []
        for index in declarations.indices {
            types += built[index] ?? []
            if let name = partialNames[index], let partial = partialType(of: index, named: name) {
                types.append(partial)
            }
        }
        // The n-th type of an identity gets the n-th claim of it (one each, unless the docs define a type twice).
        var used: [String: Int] = [:]
        for index in types.indices {
            let name = types[index].name
            let claimed = claims[name] ?? []
            let position = used[name, default: 0]
            types[index].claim = position < claimed.count ? claimed[position] : claimed.last
            used[name] = position + 1
        }
        for index in types.indices where stringFlags.contains(types[index].name) {
            guard case .enumeration(var flags) = types[index].kind else { continue }
            flags.flags = .string
            types[index].kind = .enumeration(flags)
        }
        return Schema(types: types)
    }

    // MARK: Indexing

    func index() {
        // The tables hold at least one entry per declaration, so they are made that large at once.
        let count = documents.reduce(0) { $0 + $1.declarations.count }
        declarations.reserveCapacity(count)
        qualifiedNames.reserveCapacity(count)
        shortNames.reserveCapacity(count)
        anchors.reserveCapacity(count)
        for document in documents {
            for declaration in document.declarations {
                let index = declarations.count
                declarations.append((declaration, document.path))
                let qualified = declaration.qualifiedName
                if let first = qualifiedNames[qualified] {
                    let previous = declarations[first].declaration.location
                    let what = if case .events = declaration.kind { "events page" } else { "type" }
                    diagnostics.emit(
                        .error,
                        "\(what) '\(qualified)' is defined twice (first at \(previous.fileLine)); "
                            + "rename or remove one of them", at: declaration.location,
                        code: "duplicate-type")
                } else {
                    qualifiedNames[qualified] = index
                }
                shortNames[declaration.name, default: []].append(index)
                for anchor in declaration.anchors { define(anchor, .declaration(index), at: declaration.location) }
                switch declaration.kind {
                case .object(let object):
                    if let variants = object.variants {
                        for anchor in variants.tagAnchors { define(anchor, .tags(index), at: variants.location) }
                        for (v, variant) in variants.variants.enumerated() {
                            for anchor in variant.anchors { define(anchor, .variant(index, v), at: variant.location) }
                        }
                    }
                case .events(let set):
                    var seen: [String: SourceLocation] = [:]
                    for (e, event) in set.events.enumerated() {
                        if let first = seen[event.name] {
                            diagnostics.emit(
                                .error,
                                "event '\(event.name)' is defined twice (first at \(first.fileLine)); "
                                    + "remove one of them", at: event.location, code: "duplicate-event")
                        }
                        seen[event.name] = seen[event.name] ?? event.location
                        for anchor in event.anchors { define(anchor, .event(index, e), at: event.location) }
                    }
                default:
                    break
                }
            }
            for (anchor, owner) in document.otherAnchors.sorted(by: { $0.key < $1.key }) where anchors[anchor] == nil {
                let ownerIndex = owner.flatMap { name in qualifiedNames[name] }
                anchors[anchor] = .other(owner: ownerIndex)
            }
        }
        looseAnchors.reserveCapacity(anchors.count)
        for (anchor, target) in anchors.sorted(by: { $0.key < $1.key }) {
            looseAnchors[options.looseAnchorKey(anchor), default: []].append(target)
        }
        // Headings without anchors can still be matched loosely by their name (read in place, not copied out).
        for index in declarations.indices {
            let key = options.looseAnchorKey(declarations[index].declaration.name)
            if !(looseAnchors[key]?.contains(.declaration(index)) ?? false) {
                looseAnchors[key, default: []].append(.declaration(index))
            }
        }
    }

    func define(_ anchor: String, _ target: Target, at location: SourceLocation) {
        if let existing = anchors[anchor], existing != target {
            diagnostics.emit(
                .warning, "anchor '#\(anchor)' is defined more than once; links go to the first one",
                at: location, code: "duplicate-anchor")
            return
        }
        anchors[anchor] = target
    }

    // MARK: Naming

    /// Gives each declaration that becomes a type its identity, its qualified name, in document order. Naming the
    /// types in a language is that language's pass (the Swift one reports a name that cannot be made or is taken,
    /// `SwiftSchema.reportTypeNames`).
    func nameDeclarations() {
        for (index, entry) in declarations.enumerated() {
            let declaration = entry.declaration
            switch declaration.kind {
            case .object, .enumeration, .taggedUnion, .events:
                identities[index] = declaration.qualifiedName
                record(declaration.qualifiedName, owner: nil, at: declaration.location)
            case .scalar, .container:
                continue
            }
        }
    }

    /// The declaration whose identity is `identity` (the first, when the docs define a type twice).
    func declarationIndex(of identity: String) -> Int? {
        qualifiedNames[identity].flatMap { identities[$0] == nil ? nil : $0 }
    }

    /// The identity of the partial type of an object declaration (`Guild#partial`), asked for on first use.
    func partialName(of index: Int) -> String {
        if let name = partialNames[index] { return name }
        let object = identities[index]!
        let name = claimSynthesized(
            TypeClaim.identity(ofPartial: object), at: declarations[index].declaration.location, owner: object)
        partialNames[index] = name
        return name
    }

    /// The partial type of a built object: its properties, none of them required (nullability unchanged), and no
    /// variants.
    func partialType(of index: Int, named name: String) -> SchemaType? {
        guard let object = built[index]?.first, case .object(let base) = object.kind else { return nil }
        var properties = base.properties
        for p in properties.indices { properties[p].isRequired = false }
        return SchemaType(
            name: name, docName: "partial " + object.docName,
            summary: "A partial `\(object.docName)`: its fields, each of which may be absent.",
            location: object.location, documentPath: object.documentPath,
            kind: .object(ObjectType(properties: properties)), origin: .partial(of: object.name))
    }

    /// Asks for a type the builder makes: records its naming facts and returns its identity.
    func claimSynthesized(_ identity: String, at location: SourceLocation, owner: String?) -> String {
        record(identity, owner: owner, at: location)
        return identity
    }

    /// Records the naming facts of a type asked for; `owner` is the identity of the type it builds on, `location`
    /// where the docs ask for it.
    func record(_ identity: String, owner: String?, at location: SourceLocation) {
        claims[identity, default: []].append(
            TypeClaim(identity: identity, order: claimCount, owner: owner, location: location))
        claimCount += 1
    }

    /// The identity of a member of a union: a type's identity, `[…]` around an array's element, a primitive's name.
    func identity(ofMember ref: TypeRef) -> String {
        switch ref {
        case .named(let name): return name
        case .array(let element): return "[" + identity(ofMember: element) + "]"
        default: return ref.dumped
        }
    }

    // MARK: Resolution

    /// Resolves a reference; reports what does not resolve exactly.
    func resolve(_ reference: SpecReference, from owner: Int?) -> Target? {
        if let anchor = reference.anchor {
            if let target = anchors[anchor] { return target }
            let key = options.looseAnchorKey(anchor)
            let candidates = (looseAnchors[key] ?? []).reduce(into: [Target]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            if candidates.count == 1 {
                let found = describe(candidates[0])
                diagnostics.emit(
                    .warning,
                    "link '#\(anchor)' matches no anchor exactly; it is taken to mean \(found) "
                        + "(punctuation ignored); fix the link", at: reference.range, code: "loose-anchor")
                return candidates[0]
            }
            if candidates.count > 1 {
                diagnostics.emit(
                    .warning,
                    "link '#\(anchor)' matches no anchor exactly and several loosely "
                        + "(\(candidates.map(describe).joined(separator: ", "))); the field accepts any "
                        + "JSON value", at: reference.range, code: "dangling-anchor")
                return nil
            }
            diagnostics.emit(
                .warning,
                "link '#\(anchor)' (\(reference.name)) leads to no heading or anchor; the field "
                    + "accepts any JSON value", at: reference.range, code: "dangling-anchor")
            return nil
        }
        // A bare name: the dotted name, a sibling sub-type, or a unique name anywhere.
        let name = reference.name
        if let index = qualifiedNames[name] { return .declaration(index) }
        if let owner {
            let parents = declarations[owner].declaration.parents
            let scope = (parents.first.map { [$0] } ?? [declarations[owner].declaration.name])
            if let index = qualifiedNames[(scope + [name]).joined(separator: ".")] { return .declaration(index) }
        }
        if let matches = shortNames[name], matches.count == 1 { return .declaration(matches[0]) }
        diagnostics.emit(
            .warning, "type '\(name)' is not defined in these docs; the field accepts any JSON value",
            at: reference.range, code: "unknown-type")
        return nil
    }

    func describe(_ target: Target) -> String {
        switch target {
        case .declaration(let i): return "'\(declarations[i].declaration.qualifiedName)'"
        case .variant(let i, let v):
            if case .object(let o) = declarations[i].declaration.kind, let variants = o.variants {
                return "variant '\(variants.variants[v].tag)' of '\(declarations[i].declaration.qualifiedName)'"
            }
            return "a variant"
        case .tags(let i): return "the tags of '\(declarations[i].declaration.qualifiedName)'"
        case .event(let i, let e):
            if case .events(let set) = declarations[i].declaration.kind { return "event '\(set.events[e].name)'" }
            return "an event"
        case .other(let owner):
            return owner.map { "a section of '\(declarations[$0].declaration.qualifiedName)'" }
                ?? "a section"
        }
    }

    /// The type a resolved target stands for.
    func typeRef(for target: Target, reference: SpecReference, from owner: Int?) -> TypeRef {
        switch target {
        case .declaration(let index), .other(.some(let index)):
            let declaration = declarations[index].declaration
            switch declaration.kind {
            case .scalar(.timestamp): return .timestamp
            case .scalar(.object): return .object
            case .scalar(.any):
                diagnostics.emit(
                    .warning,
                    "'\(declaration.qualifiedName)' is described only in prose (it has no field or value "
                        + "table); the field accepts any JSON value", at: reference.range,
                    code: "untyped-reference")
                return .any
            case .container:
                // A heading that groups several types: the dialect's rule says which one a link means (by the names
                // the docs give, so that a Swift name chosen in the configuration does not change which).
                let children = declarations.indices.filter {
                    declarations[$0].declaration.parents == [declaration.name] && identities[$0] != nil
                }
                let resolution = options.resolveGroupLink(
                    declaration, children.map { declarations[$0].declaration },
                    owner.map { declarations[$0].declaration })
                var reason = "none is the one meant"
                switch resolution {
                case .member(let member) where children.indices.contains(member):
                    return .named(identities[children[member]]!)
                case .member: break
                case .unresolved(let why): reason = why
                }
                diagnostics.emit(
                    .warning,
                    "'\(declaration.name)' only groups other types (\(children.map { declarations[$0].declaration.name }.joined(separator: ", "))) "
                        + "and \(reason); the field accepts any JSON value",
                    at: reference.range, code: "ambiguous-reference")
                return .any
            case .object where reference.isPartial:
                return .named(partialName(of: index))
            case .object, .enumeration, .events, .taggedUnion:
                return .named(identities[index]!)
            }
        case .variant(let index, let v):
            buildDeclaration(index)
            if let names = variantTypeNames[index], v < names.count { return .named(names[v]) }
            return .any
        case .tags(let index):
            buildDeclaration(index)
            if let name = tagEnumNames[index] { return .named(name) }
            return .any
        case .event, .other(nil):
            diagnostics.emit(
                .warning,
                "link '#\(reference.anchor ?? reference.name)' does not lead to a type; the "
                    + "field accepts any JSON value", at: reference.range, code: "not-a-type")
            return .any
        }
    }

    /// Finds a reference without reporting anything (for references in descriptions, which only refine a type).
    func resolveQuietly(_ reference: SpecReference) -> Target? {
        guard let anchor = reference.anchor else { return nil }
        if let target = anchors[anchor] { return target }
        let candidates = (looseAnchors[options.looseAnchorKey(anchor)] ?? [])
            .reduce(into: [Target]()) { if !$0.contains($1) { $0.append($1) } }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// The enumeration a description names as the list of a field's values, when its values have the field's
    /// JSON type (an integer enumeration for an integer field, a string one for a string field); a set of flags for
    /// an integer field, or for a string field (which sends the set as a string of digits).
    func valueSetType(_ reference: SpecReference, for type: TypeRef) -> String? {
        guard type == .integer || type == .string, case .declaration(let index)? = resolveQuietly(reference),
            case .enumeration(let values) = declarations[index].declaration.kind,
            values.isInteger == (type == .integer) || values.isFlags, let name = identities[index]
        else { return nil }
        if values.isFlags, type == .string { stringFlags.insert(name) }
        return name
    }

    // MARK: Building declarations

    func buildDeclaration(_ index: Int) {
        guard built[index] == nil, !building.contains(index), let name = identities[index] else { return }
        building.insert(index)
        defer { building.remove(index) }
        let (declaration, path) = declarations[index]
        var output: [SchemaType] = []
        let context = TypeContext(run: self, declarationIndex: index, path: path)
        switch declaration.kind {
        case .object(let object):
            var properties = buildObjectProperties(object, declaration: declaration, context: context)
            var variantSet: VariantSet?
            if let variants = object.variants {
                variantSet = buildVariants(variants, ownerName: name, properties: &properties, context: context)
            }
            objectProperties[index] = properties
            output.append(
                SchemaType(
                    name: name, docName: declaration.qualifiedName, summary: declaration.summary,
                    location: declaration.location, documentPath: path,
                    kind: .object(ObjectType(properties: properties, variants: variantSet)),
                    declaredName: declaration.declaredName))
        case .enumeration(let spec):
            output.append(
                SchemaType(
                    name: name, docName: declaration.qualifiedName, summary: declaration.summary,
                    location: declaration.location, documentPath: path,
                    kind: .enumeration(
                        makeEnum(spec.values, isInteger: spec.isInteger, flags: spec.isFlags ? .integer : nil)),
                    declaredName: declaration.declaredName))
        case .events(let set):
            output.append(buildEvents(set, name: name, declaration: declaration, context: context))
        case .taggedUnion(let union):
            output.append(buildTaggedUnion(union, name: name, index: index))
        case .scalar, .container:
            return
        }
        built[index] = output + context.synthesized
    }

    func makeEnum(_ values: [SpecEnumValue], isInteger: Bool, flags: FlagsEncoding? = nil) -> EnumType {
        var seen = Set<String>()
        var cases: [EnumCase] = []
        for value in values where seen.insert(value.value).inserted {
            cases.append(
                EnumCase(value: value.value, summary: value.summary, location: value.location, label: value.label))
        }
        return EnumType(cases: cases, isInteger: isInteger, flags: flags)
    }

    /// The properties of an object: those of the types it extends, then its own (which win), with dotted names
    /// grouped into nested objects.
    func buildObjectProperties(_ object: SpecObject, declaration: SpecDeclaration, context: TypeContext) -> [Property] {
        var inherited: [Property] = []
        var inheritedNames = Set<String>()
        for base in object.extends {
            guard let target = resolve(base, from: context.declarationIndex) else { continue }
            guard case .declaration(let baseIndex) = target, case .object = declarations[baseIndex].declaration.kind
            else {
                diagnostics.emit(
                    .warning,
                    "'\(declaration.qualifiedName)' extends '\(base.name)', which is not an "
                        + "object type; its fields are not included", at: base.range,
                    code: "bad-extension")
                continue
            }
            buildDeclaration(baseIndex)
            guard let baseProperties = objectProperties[baseIndex] else {
                diagnostics.emit(
                    .warning,
                    "'\(declaration.qualifiedName)' extends '\(base.name)' in a cycle; its "
                        + "fields are not included", at: base.range, code: "bad-extension")
                continue
            }
            for var property in baseProperties where inheritedNames.insert(property.jsonName).inserted {
                // The type whose table lists the property, however many `extends` it passed through.
                if property.inheritedFrom == nil {
                    property.inheritedFrom = declarations[baseIndex].declaration.qualifiedName
                }
                property.inheritedVia = declarations[baseIndex].declaration.qualifiedName
                inherited.append(property)
            }
        }
        var properties = makeProperties(
            object.fields, ownerName: identities[context.declarationIndex]!, context: context, inherited: inherited)
        // Optional fields of the extended types that this one always includes.
        for mention in object.alwaysIncluded {
            if let i = properties.firstIndex(where: { $0.jsonName == mention.name }) {
                properties[i].isRequired = true
            } else {
                diagnostics.emit(
                    .warning,
                    "'\(mention.name)' is said to be included, but no extended type has a field of "
                        + "that name", at: mention.location, code: "unknown-field")
            }
        }
        return properties
    }

    /// Turns fields into properties, in order; inherited properties come first and are replaced by own fields of
    /// the same JSON name.
    func makeProperties(
        _ fields: [SpecField], ownerName: String, context: TypeContext, inherited: [Property] = []
    ) -> [Property] {
        var properties: [Property] = []
        var seen: [String: SourceLocation] = [:]
        seen.reserveCapacity(fields.count)
        var own: [SpecField] = []
        own.reserveCapacity(fields.count)
        var dottedGroups: [(prefix: String, fields: [SpecField])] = []
        var groupIndex: [String: Int] = [:]
        for field in fields {
            // One lookup per field: a repeated name puts its first location back.
            if let first = seen.updateValue(field.location, forKey: field.name) {
                seen[field.name] = first
                diagnostics.emit(
                    .warning,
                    "field '\(field.name)' is listed twice in '\(context.docName)' (first at "
                        + "\(first.fileLine)); the first one is used", at: field.location,
                    code: "duplicate-field")
                continue
            }
            // A name without a `.` byte has no `.` character (nearly every name): the character search is left out.
            if field.name.utf8.contains(UInt8(ascii: ".")), let dot = field.name.firstIndex(of: "."),
                dot != field.name.startIndex,
                field.name.index(after: dot) != field.name.endIndex
            {
                let prefix = String(field.name[..<dot])
                var nested = field
                nested.name = String(field.name[field.name.index(after: dot)...])
                if let g = groupIndex[prefix] {
                    dottedGroups[g].fields.append(nested)
                } else {
                    groupIndex[prefix] = dottedGroups.count
                    dottedGroups.append((prefix, [nested]))
                    // Keep the group's position among the fields.
                    own.append(SpecField(name: prefix, type: nil, presence: field.presence, location: field.location))
                }
            } else {
                own.append(field)
            }
        }
        // Nothing inherited and no dotted names (most tables): the fields' names are all different, and each
        // field becomes a property in its order.
        if inherited.isEmpty, dottedGroups.isEmpty {
            properties.reserveCapacity(own.count)
            for field in own { properties.append(makeProperty(field, ownerName: ownerName, context: context)) }
            return properties
        }
        // Inherited properties keep their order; own fields replace them or follow.
        var ownByName: [String: SpecField] = [:]
        for field in own where ownByName[field.name] == nil { ownByName[field.name] = field }
        var order: [(inherited: Property?, field: SpecField?)] = inherited.map { ($0, ownByName[$0.jsonName]) }
        let inheritedNames = Set(inherited.map(\.jsonName))
        var appended = Set<String>()
        for field in own where !inheritedNames.contains(field.name) && appended.insert(field.name).inserted {
            order.append((nil, field))
        }
        for entry in order {
            if let field = entry.field {
                if let g = groupIndex[field.name] {
                    let group = dottedGroups[g]
                    properties.append(
                        makeDottedProperty(
                            prefix: group.prefix, fields: group.fields,
                            explicit: field.type == nil && field.summary == nil ? nil : field,
                            ownerName: ownerName, context: context))
                } else {
                    properties.append(makeProperty(field, ownerName: ownerName, context: context))
                }
            } else if let property = entry.inherited {
                properties.append(property)
            }
        }
        return properties
    }

    func makeProperty(_ field: SpecField, ownerName: String, context: TypeContext) -> Property {
        var (docsType, nullable) = typeRef(for: field, ownerName: ownerName, context: context)
        if let values = field.valuesFrom, let enumName = valueSetType(values, for: docsType) {
            docsType = .named(enumName)
        }
        let key = FieldKey(owner: context.ownerDocName, field: field.name)
        let type = narrowed(docsType, of: key)
        return Property(
            jsonName: field.name, type: type, isNullable: nullable,
            isRequired: field.presence == .required && !(nullable && options.nullableMayBeAbsent),
            summary: field.summary, constant: field.constant, location: field.location,
            narrowedFrom: type == docsType ? nil : docsType)
    }

    /// The JSON-level type of a field: a `number` (or an array of them) narrowed to `integer` when
    /// ``Options/integerNarrowing`` says the field is read as an integer; otherwise the type unchanged.
    func narrowed(_ type: TypeRef, of field: FieldKey) -> TypeRef {
        var depth = 0
        var core = type
        while case .array(let element) = core {
            depth += 1
            core = element
        }
        guard core == .number, options.integerNarrowing.narrows(field) else { return type }
        var narrowed = TypeRef.integer
        for _ in 0..<depth { narrowed = .array(narrowed) }
        return narrowed
    }

    /// `hype.current`, `hype.required` → a property `hype` of a nested object type.
    func makeDottedProperty(
        prefix: String, fields: [SpecField], explicit: SpecField?, ownerName: String,
        context: TypeContext
    ) -> Property {
        let typeName = claimSynthesized(
            TypeClaim.identity(ofDotted: ownerName, field: prefix), at: fields[0].location, owner: ownerName)
        let slot = context.synthesized.count
        let nested = makeProperties(
            fields, ownerName: typeName, context: context.nested(docName: context.docName + "." + prefix))
        context.insert(
            SchemaType(
                name: typeName, docName: context.docName + "." + prefix, summary: nil, location: fields[0].location,
                documentPath: context.path, kind: .object(ObjectType(properties: nested)),
                origin: .dottedFields(of: ownerName, field: prefix)), at: slot)
        let nullable = explicit?.type?.strippingNullable.nullable ?? false
        let required =
            (explicit?.presence ?? (fields.contains { $0.presence == .required } ? .required : .optional))
            == .required && !(nullable && options.nullableMayBeAbsent)
        return Property(
            jsonName: prefix, type: .named(typeName), isNullable: nullable, isRequired: required,
            summary: explicit?.summary, location: explicit?.location ?? fields[0].location, isGroup: true)
    }

    /// A field's type and nullability.
    func typeRef(for field: SpecField, ownerName: String, context: TypeContext) -> (TypeRef, Bool) {
        guard let type = field.type else {
            diagnostics.emit(
                .warning, "field '\(field.name)' has no type; it accepts any JSON value",
                at: field.typeRange, code: "untyped-field")
            return (.any, false)
        }
        let (core, nullable) = type.strippingNullable
        return (typeRef(for: core, field: field, ownerName: ownerName, context: context), nullable)
    }

    func typeRef(for type: SpecType, field: SpecField, ownerName: String, context: TypeContext) -> TypeRef {
        switch type {
        case .primitive(let primitive):
            switch primitive {
            case .string: return .string
            case .integer: return .integer
            case .number: return .number
            case .boolean: return .boolean
            case .object: return .object
            case .timestamp: return .timestamp
            case .snowflake: return .snowflake
            case .any: return .any
            }
        case .reference(let reference):
            guard let target = resolve(reference, from: context.declarationIndex) else { return .any }
            return typeRef(for: target, reference: reference, from: context.declarationIndex)
        case .array(let element):
            // Element nullability (`T?[]`) is not expressed; the elements are read as `T`.
            return .array(
                typeRef(
                    for: element.strippingNullable.type, field: field, ownerName: ownerName,
                    context: context))
        case .nullable(let inner):
            return typeRef(for: inner, field: field, ownerName: ownerName, context: context)
        case .literals(let values):
            let name = claimSynthesized(
                TypeClaim.identity(ofLiterals: ownerName, field: field.name), at: field.location, owner: ownerName)
            let values = values.map { SpecEnumValue(value: $0, location: field.location) }
            context.synthesized.append(
                SchemaType(
                    name: name, docName: context.docName + "." + field.name, summary: field.summary,
                    location: field.location, documentPath: context.path,
                    kind: .enumeration(makeEnum(values, isInteger: false)),
                    origin: .literalUnion(of: ownerName, field: field.name)))
            return .named(name)
        case .union(let members):
            let refs = members.map { typeRef(for: $0, field: field, ownerName: ownerName, context: context) }
            var unique: [TypeRef] = []
            var written: [String] = []
            for (ref, member) in zip(refs, members) where !unique.contains(ref) {
                unique.append(ref)
                written.append(member.docsText)
            }
            if unique.count == 1 { return unique[0] }
            if unique.contains(.any) { return .any }
            return .named(unionType(unique, written: written, field: field, context: context))
        case .untyped:
            return .any
        }
    }

    /// A union type for these members, made once per member list; `written` is the docs' text of each member, which
    /// names the union in the docs' words (``SchemaType/docName``).
    func unionType(_ members: [TypeRef], written: [String], field: SpecField, context: TypeContext) -> String {
        // Most specific first: a type that extends another is tried before it.
        let ordered = members.enumerated().sorted { a, b in
            let aExtendsB = extends(a.element, b.element)
            let bExtendsA = extends(b.element, a.element)
            if aExtendsB != bExtendsA { return aExtendsB }
            return a.offset < b.offset
        }.map(\.element)
        if let existing = unions[ordered] { return existing }
        let name = claimSynthesized(
            TypeClaim.identity(ofUnion: ordered.map(identity(ofMember:))), at: field.location, owner: nil)
        unions[ordered] = name
        context.synthesized.append(
            SchemaType(
                name: name, docName: written.joined(separator: " | "), summary: nil,
                location: field.location, documentPath: context.path,
                kind: .union(
                    UnionType(
                        members: ordered.map { UnionMember(type: $0) }, writtenMembers: members)), origin: .typeUnion))
        return name
    }

    /// Whether `a` names a type that extends the type `b` names.
    func extends(_ a: TypeRef, _ b: TypeRef) -> Bool {
        guard case .named(let aName) = a, case .named(let bName) = b, let aIndex = declarationIndex(of: aName),
            case .object(let object) = declarations[aIndex].declaration.kind
        else { return false }
        return object.extends.contains { reference in
            guard let anchor = reference.anchor, case .declaration(let i)? = anchors[anchor] else { return false }
            return identities[i] == bName
        }
    }

    // MARK: Variants

    func buildVariants(
        _ variants: SpecVariants, ownerName: String, properties: inout [Property],
        context: TypeContext
    ) -> VariantSet? {
        guard let tagIndex = properties.firstIndex(where: { $0.jsonName == variants.discriminator }) else {
            diagnostics.emit(
                .warning,
                "variants are selected by '\(variants.discriminator)', which is not a field of "
                    + "'\(context.docName)'", at: variants.location, code: "bad-variants")
            return nil
        }
        // The tag enumeration: the listed tags, then the tags of the variants.
        var values = variants.listedTags
        for variant in variants.variants where !values.contains(where: { $0.value == variant.tag }) {
            values.append(SpecEnumValue(value: variant.tag, summary: variant.summary, location: variant.location))
        }
        for (i, value) in values.enumerated() where value.summary == nil {
            values[i].summary = variants.variants.first { $0.tag == value.value }?.summary
        }
        let tagName = claimSynthesized(
            TypeClaim.identity(ofTags: ownerName), at: variants.location, owner: ownerName)
        tagEnumNames[context.declarationIndex] = tagName
        let tagEnum = makeEnum(values, isInteger: false)
        context.synthesized.append(
            SchemaType(
                name: tagName, docName: context.docName + "." + variants.discriminator,
                summary: nil, location: variants.location,
                documentPath: context.path, kind: .enumeration(tagEnum), origin: .variantTags(of: ownerName)))
        // What the tag's row declares: a link to the variants' own list closes the set (it is the tag enumeration);
        // any other type (`string`) governs as written.
        var declaredTagType = properties[tagIndex].type
        if case .object(let object) = declarations[context.declarationIndex].declaration.kind,
            let field = object.fields.first(where: { $0.name == variants.discriminator }),
            case .reference(let reference)? = field.type?.strippingNullable.type,
            case .tags(context.declarationIndex)? = resolveQuietly(reference)
        {
            declaredTagType = .named(tagName)
        }
        properties[tagIndex].type = .named(tagName)

        let variantEnum = claimSynthesized(
            TypeClaim.identity(ofVariants: ownerName), at: variants.location, owner: ownerName)
        var result: [Variant] = []
        var typeNamesInOrder: [String] = []
        for variant in variants.variants {
            let typeName = claimSynthesized(
                TypeClaim.identity(ofVariant: ownerName, tag: variant.tag), at: variant.location, owner: ownerName)
            typeNamesInOrder.append(typeName)
            let slot = context.synthesized.count
            let variantContext = context.nested(docName: context.docName + "[" + variant.tag + "]")
            var variantProperties = makeProperties(variant.fields, ownerName: typeName, context: variantContext)
            for nested in variant.nested {
                let nestedName = claimSynthesized(
                    TypeClaim.identity(ofNested: typeName, field: nested.field), at: nested.location, owner: typeName)
                let nestedSlot = context.synthesized.count
                let nestedProperties = makeProperties(
                    nested.fields, ownerName: nestedName,
                    context: variantContext.nested(
                        docName: variantContext.docName + "." + nested.field))
                context.insert(
                    SchemaType(
                        name: nestedName, docName: context.docName + "[" + variant.tag + "]." + nested.field,
                        summary: nil, location: nested.location, documentPath: context.path,
                        kind: .object(ObjectType(properties: nestedProperties)),
                        origin: .variantNested(of: ownerName, tag: variant.tag, field: nested.field)), at: nestedSlot)
                let base = properties.first { $0.jsonName == nested.field }!
                if let i = variantProperties.firstIndex(where: { $0.jsonName == nested.field }) {
                    variantProperties[i].type = .named(nestedName)
                } else {
                    variantProperties.append(
                        Property(
                            jsonName: nested.field, type: .named(nestedName), isNullable: base.isNullable,
                            isRequired: base.isRequired, summary: base.summary, location: nested.location,
                            isGroup: true))
                }
            }
            let variantType = SchemaType(
                name: typeName, docName: context.docName + "[" + variant.tag + "]", summary: variant.summary,
                location: variant.location, documentPath: context.path,
                kind: .object(ObjectType(properties: variantProperties)),
                origin: .variant(of: ownerName, tag: variant.tag))
            context.insert(variantType, at: slot)
            result.append(Variant(tag: variant.tag, typeName: typeName, location: variant.location))
        }
        variantTypeNames[context.declarationIndex] = typeNamesInOrder
        var set = VariantSet(
            discriminator: variants.discriminator, tagType: tagName, declaredTagType: declaredTagType,
            variants: result)
        set.variantEnumClaim = claims[variantEnum]?.last
        return set
    }

    // MARK: Events

    func buildEvents(_ set: SpecEventSet, name: String, declaration: SpecDeclaration, context: TypeContext)
        -> SchemaType
    {
        let envelope = makeProperties(set.envelope, ownerName: name, context: context)
        var events: [Event] = []
        var seen = Set<String>()
        for event in set.events where seen.insert(event.name).inserted {
            let payload: EventPayload
            var isPayloadNullable = false
            switch event.payload {
            case .none:
                payload = .none
            case .type(let type, let alsoRequired, let location):
                let field = SpecField(
                    name: set.payloadKey ?? EventSetType.defaultPayloadKey, type: type, presence: .required,
                    location: location)
                let (ref, isNullable) = typeRef(for: field, ownerName: name, context: context)
                isPayloadNullable = isNullable
                payload = .data(ref, alsoRequired: checkedRequired(alsoRequired, of: ref), location: location)
                if set.payloadKey == nil {
                    diagnostics.emit(
                        .warning,
                        "event '\(event.name)' has a payload but the envelope has no payload "
                            + "field", at: location, code: "bad-event")
                }
            case .fields(let fields, let location), .frame(let fields, let location):
                var isFrame = if case .frame = event.payload { true } else { false }
                if isFrame, set.opcode != nil {
                    // A frame's fields sit beside the name; a set with an opcode reads every payload under its key.
                    diagnostics.emit(
                        .warning,
                        "event '\(event.name)' lists fields of the whole message, but messages with an opcode carry "
                            + "their payload under '\(set.payloadKey ?? EventSetType.defaultPayloadKey)'; they are "
                            + "read from there", at: location, code: "bad-event")
                    isFrame = false
                }
                let typeName = claimSynthesized(
                    TypeClaim.identity(ofPayload: name, event: event.name), at: location, owner: nil)
                let payloadContext = context.nested(
                    docName: event.name,
                    ownerDocName: FieldKey.payloadOwner(event: event.name, isFrame: isFrame))
                let slot = context.synthesized.count
                let properties = makeProperties(fields, ownerName: typeName, context: payloadContext)
                context.insert(
                    SchemaType(
                        name: typeName, docName: "\(event.name) " + (isFrame ? "message" : "payload"),
                        summary: isFrame
                            ? "The fields of a `\(event.name)` message, which sit beside `\(set.discriminator)` at the "
                                + "message's top level."
                            : "The payload of a `\(event.name)` message.",
                        location: location, documentPath: context.path,
                        kind: .object(ObjectType(properties: properties)),
                        origin: .eventPayload(event: event.name)), at: slot)
                payload =
                    isFrame
                    ? .frame(.named(typeName), location: location)
                    : .data(.named(typeName), alsoRequired: [], location: location)
            }
            events.append(
                Event(
                    name: event.name, summary: event.summary, location: event.location, payload: payload,
                    opcode: set.opcode == nil ? nil : event.opcode, isPayloadNullable: isPayloadNullable))
        }
        return SchemaType(
            name: name, docName: declaration.qualifiedName, summary: declaration.summary,
            location: declaration.location, documentPath: context.path,
            kind: .eventSet(
                EventSetType(
                    discriminator: set.discriminator, payloadKey: set.payloadKey,
                    envelope: envelope, events: events, opcode: set.opcode)),
            declaredName: declaration.declaredName)
    }

    /// Checks that each attribute an event requires is a property of its payload type.
    func checkedRequired(_ mentions: [SpecNameMention], of ref: TypeRef) -> [RequiredAttribute] {
        guard !mentions.isEmpty else { return [] }
        guard case .named(let typeName) = ref, let index = declarationIndex(of: typeName) else {
            for mention in mentions {
                diagnostics.emit(
                    .warning, "'\(mention.name)' is required of a payload that is not an object type",
                    at: mention.location, code: "unknown-field")
            }
            return []
        }
        buildDeclaration(index)
        let properties = objectProperties[index] ?? []
        var result: [RequiredAttribute] = []
        for mention in mentions {
            if properties.contains(where: { $0.jsonName == mention.name }) {
                result.append(RequiredAttribute(jsonName: mention.name, location: mention.location))
            } else {
                diagnostics.emit(
                    .warning, "'\(mention.name)' is not a field of '\(typeName)'", at: mention.location,
                    code: "unknown-field")
            }
        }
        return result
    }
}

/// Types synthesized while one declaration is built, shared by the contexts of its parts.
private final class SynthesizedTypes {
    var types: [SchemaType] = []
}

/// Where types are being built: which declaration, which file, and what has been synthesized on the way.
private final class TypeContext {
    unowned let run: BuildRun
    let declarationIndex: Int
    let path: String
    let docName: String
    /// The docs name of the object whose fields are being made (``SchemaType/docName``), which configuration
    /// uses to name its properties: ``docName``, except for an event's payload (`chat.message.new payload`).
    let ownerDocName: String
    private let buffer: SynthesizedTypes

    init(
        run: BuildRun, declarationIndex: Int, path: String, docName: String? = nil, ownerDocName: String? = nil,
        buffer: SynthesizedTypes = SynthesizedTypes()
    ) {
        self.run = run
        self.declarationIndex = declarationIndex
        self.path = path
        self.docName = docName ?? run.declarations[declarationIndex].declaration.qualifiedName
        self.ownerDocName = ownerDocName ?? self.docName
        self.buffer = buffer
    }

    /// The types synthesized so far, in the order they are output.
    var synthesized: [SchemaType] {
        get { buffer.types }
        set { buffer.types = newValue }
    }

    /// Adds a synthesized type at `slot` (a count of ``synthesized`` taken earlier), so that a type comes before
    /// the types made while building it.
    func insert(_ type: SchemaType, at slot: Int) {
        buffer.types.insert(type, at: min(slot, buffer.types.count))
    }

    /// A context for a part of the same declaration (a variant, a nested object, a payload).
    func nested(docName: String, ownerDocName: String? = nil) -> TypeContext {
        TypeContext(
            run: run, declarationIndex: declarationIndex, path: path, docName: docName, ownerDocName: ownerDocName,
            buffer: buffer)
    }
}

extension SpecDeclaration {
    /// The naming facts the schema keeps for the type this declaration becomes.
    var declaredName: SchemaType.DeclaredName {
        SchemaType.DeclaredName(heading: name, parents: parents, isFullName: isFullName)
    }
}

// MARK: - Tagged unions

extension BuildRun {
    /// The union type of a tagged union declaration: each member that leads to an object type, with its code (the
    /// one the union lists, else the one the member's row for the key names). A member whose row names another code
    /// than the union lists is reported (the union's code is kept); a member that is not an object type, or whose
    /// code nothing names, is reported and left out, so that its code decodes as an unknown one.
    func buildTaggedUnion(_ union: SpecTaggedUnion, name: String, index: Int) -> SchemaType {
        let declaration = declarations[index].declaration
        var members: [UnionMember] = []
        var codes = Set<Int>()
        for member in union.members {
            guard let target = resolve(member.reference, from: index) else { continue }
            guard case .declaration(let memberIndex) = target,
                case .object(let object) = declarations[memberIndex].declaration.kind,
                let memberName = identities[memberIndex]
            else {
                diagnostics.emit(
                    .warning,
                    "'\(member.reference.name)' (a member of '\(declaration.qualifiedName)') does not lead to an "
                        + "object type; values with its '\(union.key)' are kept as unknown ones",
                    at: member.reference.range, code: "not-a-type")
                continue
            }
            let memberDeclaration = declarations[memberIndex].declaration
            let row = object.fields.first { $0.name == union.key }
            let named = row.flatMap(SpecTaggedUnion.namedCode(in:))
            if let row, let named, let listed = member.code, named != listed {
                diagnostics.emit(
                    .warning,
                    "the '\(union.key)' row of '\(memberDeclaration.qualifiedName)' names code \(named), but "
                        + "'\(declaration.qualifiedName)' lists it under \(listed) (at \(member.location.fileLine)); "
                        + "\(listed) is used", at: row.location, code: "tag-mismatch")
            }
            guard let code = member.code ?? named else {
                diagnostics.emit(
                    .warning,
                    "'\(memberDeclaration.qualifiedName)' has no '\(union.key)' row that names its code (such as "
                        + "\"`2` for …\"), which selects it in '\(declaration.qualifiedName)'; values of it are kept "
                        + "as unknown ones", at: member.location, code: "tag-mismatch")
                continue
            }
            guard codes.insert(code).inserted else {
                diagnostics.emit(
                    .warning,
                    "code \(code) of '\(declaration.qualifiedName)' is listed twice; the first member is kept",
                    at: member.location, code: "duplicate-tag")
                continue
            }
            members.append(UnionMember(type: .named(memberName), code: code, location: member.location))
        }
        return SchemaType(
            name: name, docName: declaration.qualifiedName, summary: declaration.summary,
            location: declaration.location, documentPath: declarations[index].path,
            kind: .union(UnionType(members: members, tag: UnionTag(key: union.key, location: union.location))),
            declaredName: declaration.declaredName)
    }
}

extension SpecType {
    /// The type as the docs write it (a link's text, a primitive's name, `[]` after an array's element, `?` after a
    /// nullable type), from which a union takes its name in the docs' words.
    var docsText: String {
        switch self {
        case .primitive(let primitive): return primitive.rawValue
        case .reference(let reference): return (reference.isPartial ? "partial " : "") + reference.name
        case .array(let element): return element.docsText + "[]"
        case .nullable(let inner): return inner.docsText + "?"
        case .union(let members): return members.map(\.docsText).joined(separator: " | ")
        case .literals(let values): return values.map { "`\($0)`" }.joined(separator: " | ")
        case .untyped(let text): return text
        }
    }
}

import SpecgenDialects
import SpecgenIR
import SpecgenSupport

/// Applies a ``Configuration`` to the docs' declarations, before the schema is built, so that the models, the
/// schema and the validators all see the corrected docs.
///
/// Overlays are applied in file order, then `fields:` and `typeNames:`. Names are the docs' own: a type by its
/// heading (`ChatChannelUserAttributes`) or dotted name (`CurrentUserAttributes.ChatChannelUserAttributes`), an
/// event by its wire name, a field by its JSON key. Types are written in the docs' syntax and parsed by the dialect.
///
/// An overlay that matches nothing, or that changes nothing because the docs already say the same, is a warning at
/// the overlay: the docs have moved on and the overlay can go. A name that matches several things is an error.
public struct ConfigurationApplier {
    /// The configuration.
    public let configuration: Configuration
    /// The dialect that parses type expressions.
    public let dialect: any Dialect

    /// Creates an applier.
    public init(configuration: Configuration, dialect: any Dialect) {
        self.configuration = configuration
        self.dialect = dialect
    }

    /// Applies overlays, field settings and type names.
    ///
    /// - Parameters:
    ///   - documents: The documents as the dialect read them.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The corrected documents, and the Swift names and types chosen for their types, fields and
    ///   primitives (kept apart: they are not what the docs say; the primitives' are
    ///   ``primitiveSwiftTypes(diagnostics:)``).
    public func apply(to documents: [SpecDocument], diagnostics: DiagnosticCollector)
        -> (documents: [SpecDocument], swiftChoices: SwiftChoices)
    {
        var run = ApplyRun(documents: documents, dialect: dialect, diagnostics: diagnostics)
        for overlay in configuration.overlays { run.apply(overlay) }
        for setting in configuration.fields { run.apply(setting) }
        for setting in configuration.typeNames { run.apply(setting) }
        var choices = run.swiftChoices
        choices.primitiveTypes = primitiveSwiftTypes(diagnostics: diagnostics)
        return (run.documents, choices)
    }

    /// The Swift types that `types:` chooses for the docs' primitives.
    ///
    /// - Parameter diagnostics: Where a key that is not a primitive, or a Swift type that cannot read it, is
    ///   reported.
    /// - Returns: The Swift type of each primitive that `types:` maps.
    public func primitiveSwiftTypes(diagnostics: DiagnosticCollector) -> [SpecPrimitive: SwiftTypeSetting] {
        var result: [SpecPrimitive: SwiftTypeSetting] = [:]
        var firstSetting: [SpecPrimitive: SourceRange] = [:]
        for setting in configuration.primitiveTypes {
            let parsed = dialect.parseType(
                setting.primitive.value, at: setting.primitive.range,
                diagnostics: diagnostics)
            guard case .primitive(let primitive)? = parsed, [.string, .integer, .number, .boolean].contains(primitive)
            else {
                diagnostics.emit(
                    .error,
                    "'types' maps the docs' scalar types (string, integer, number, boolean and "
                        + "the names the docs use for them); '\(setting.primitive.value)' is not one",
                    at: setting.primitive.range, code: "config")
                continue
            }
            if let first = firstSetting[primitive] {
                diagnostics.emit(
                    .error,
                    "'\(setting.primitive.value)' is the docs' \(primitive.rawValue), which "
                        + "'types' already maps at \(first.start); keep one", at: setting.primitive.range,
                    code: "config")
                continue
            }
            firstSetting[primitive] = setting.primitive.range
            guard
                Compatibility.check(
                    setting.swiftType, reads: primitive, what: "'\(setting.primitive.value)'",
                    diagnostics: diagnostics)
            else { continue }
            result[primitive] = setting.swiftType.value
        }
        return result
    }
}

// MARK: - Applying

/// Whether a configured Swift type can hold a docs primitive.
private enum Compatibility {
    static func check(
        _ type: Located<SwiftTypeSetting>, reads primitive: SpecPrimitive, what: String,
        diagnostics: DiagnosticCollector
    ) -> Bool {
        let fits: Bool
        switch type.value.kind {
        case .integer, .floatingPoint: fits = primitive == .integer || primitive == .number
        case .string: fits = primitive == .string
        case .boolean: fits = primitive == .boolean
        case .custom: fits = true
        }
        if !fits {
            diagnostics.emit(
                .error,
                "'\(type.value.written)' cannot hold \(what), a JSON \(primitive.rawValue); "
                    + "choose a type that reads one", at: type.range, code: "config")
        }
        return fits
    }
}

/// Where a declaration is: document index and declaration index.
private struct DeclarationIndex: Hashable {
    var document: Int
    var declaration: Int
}

/// Where an event is.
private struct EventIndex: Hashable {
    var at: DeclarationIndex
    var event: Int
}

private struct ApplyRun {
    var documents: [SpecDocument]
    /// The Swift names and types chosen so far.
    var swiftChoices = SwiftChoices()
    let dialect: any Dialect
    let diagnostics: DiagnosticCollector

    init(documents: [SpecDocument], dialect: any Dialect, diagnostics: DiagnosticCollector) {
        self.documents = documents
        self.dialect = dialect
        self.diagnostics = diagnostics
    }

    func warn(_ message: String, at range: SourceRange) {
        diagnostics.emit(.warning, message, at: range, code: "overlay")
    }

    func error(_ message: String, at range: SourceRange) {
        diagnostics.emit(.error, message, at: range, code: "overlay")
    }

    subscript(_ index: DeclarationIndex) -> SpecDeclaration {
        get { documents[index.document].declarations[index.declaration] }
        set { documents[index.document].declarations[index.declaration] = newValue }
    }

    // MARK: Finding things

    var allDeclarations: [DeclarationIndex] {
        documents.indices.flatMap { d in
            documents[d].declarations.indices.map { DeclarationIndex(document: d, declaration: $0) }
        }
    }

    /// The declarations a name selects: by dotted name, else by heading.
    func declarations(named name: String) -> [DeclarationIndex] {
        let qualified = allDeclarations.filter { self[$0].qualifiedName == name }
        if !qualified.isEmpty { return qualified }
        return allDeclarations.filter { self[$0].name == name }
    }

    /// The one declaration a name selects; reports none (a warning) or several (an error).
    func declaration(_ name: Located<String>) -> DeclarationIndex? {
        let found = declarations(named: name.value)
        if found.count > 1 {
            error(
                "'\(name.value)' names several types ("
                    + found.map { "'\(self[$0].qualifiedName)' at \(self[$0].location.fileLine)" }
                    .joined(separator: ", ") + "); write the dotted name", at: name.range)
            return nil
        }
        guard let index = found.first else {
            warn(
                "this overlay matches nothing: the docs define no type '\(name.value)'; remove it or fix the name",
                at: name.range)
            return nil
        }
        return index
    }

    func events(named name: String) -> [EventIndex] {
        allDeclarations.flatMap { index -> [EventIndex] in
            guard case .events(let set) = self[index].kind else { return [] }
            return set.events.indices.filter { set.events[$0].name == name }.map { EventIndex(at: index, event: $0) }
        }
    }

    func event(_ name: Located<String>) -> EventIndex? {
        let found = events(named: name.value)
        if found.count > 1 {
            error("several events pages define event '\(name.value)'; overlays cannot tell them apart", at: name.range)
            return nil
        }
        guard let index = found.first else {
            warn(
                "this overlay matches nothing: the docs define no event '\(name.value)'; remove it or fix the name",
                at: name.range)
            return nil
        }
        return index
    }

    func eventSet(_ index: DeclarationIndex) -> SpecEventSet {
        guard case .events(let set) = self[index].kind else { preconditionFailure("not an events page") }
        return set
    }

    mutating func updateEventSet(_ index: DeclarationIndex, _ body: (inout SpecEventSet) -> Void) {
        var set = eventSet(index)
        body(&set)
        self[index].kind = .events(set)
    }

    // MARK: Overlays

    mutating func apply(_ overlay: Overlay) {
        switch overlay.target {
        case .type(let name, let variant, let field):
            guard let index = declaration(name) else { return }
            applyToType(overlay, at: index, name: name, variant: variant, field: field)
        case .event(let name, let field):
            guard let index = event(name) else { return }
            applyToEvent(overlay, at: index, name: name, field: field)
        case .newEvent(let name, let page):
            addEvent(overlay, name: name, page: page)
        }
    }

    mutating func applyToType(
        _ overlay: Overlay, at index: DeclarationIndex, name: Located<String>,
        variant: Located<String>?, field: Located<String>?
    ) {
        let declaration = self[index]
        switch declaration.kind {
        case .object(var object):
            if let variant {
                guard object.variants?.variants.contains(where: { $0.tag == variant.value }) == true else {
                    warn(
                        "this overlay matches nothing: '\(declaration.qualifiedName)' has no variant "
                            + "'\(variant.value)'", at: variant.range)
                    return
                }
            }
            var slots = FieldSlots(object: object, owner: declaration.qualifiedName, variant: variant?.value)
            if let field {
                guard slots.contains(field.value) else {
                    warn(
                        "this overlay matches nothing: '\(declaration.qualifiedName)' has no field '\(field.value)'"
                            + (variant.map { " in variant '\($0.value)'" } ?? ""), at: field.range)
                    return
                }
                if overlay.remove {
                    slots.remove(field.value)
                } else if let set = overlay.set {
                    let changed = slots.update(field.value) { change(&$0, key: $1, with: set) }
                    if !changed {
                        warn(
                            "this overlay changes nothing: the docs already say this of '\(declaration.qualifiedName)"
                                + ".\(field.value)'; remove it", at: field.range)
                    }
                }
                object = slots.object
            } else {
                for definition in overlay.addFields {
                    if let existing = slots.existing(definition.name.value) {
                        warn(
                            "field '\(definition.name.value)' is already in the docs (\(existing.location.fileLine)); "
                                + "drop it from 'addFields', or change it with 'set'", at: definition.name.range)
                        continue
                    }
                    slots.add(specField(definition))
                }
                object = slots.object
                if !overlay.addValues.isEmpty {
                    if var variants = object.variants {
                        var tags = Set(variants.listedTags.map(\.value)).union(variants.variants.map(\.tag))
                        for value in overlay.addValues {
                            guard tags.insert(value.value.value).inserted else {
                                warn(
                                    "the docs already list '\(value.value.value)' for '\(declaration.qualifiedName)"
                                        + ".\(variants.discriminator)'; drop it from 'addValues'", at: value.value.range
                                )
                                continue
                            }
                            variants.listedTags.append(
                                SpecEnumValue(
                                    value: value.value.value,
                                    summary: value.description,
                                    location: value.value.range.start))
                        }
                        object.variants = variants
                    } else {
                        error(
                            "'\(declaration.qualifiedName)' is an object without variants; 'addValues' applies to "
                                + "enumerations and to the tags of tagged unions", at: name.range)
                    }
                }
                applyTypeChanges(overlay.set, to: index, at: name)
            }
            self[index].kind = .object(object)
        case .enumeration(var enumeration):
            if let field {
                error(
                    "'\(declaration.qualifiedName)' is an enumeration; it has no field '\(field.value)'",
                    at: field.range)
                return
            }
            if !overlay.addFields.isEmpty {
                error(
                    "'\(declaration.qualifiedName)' is an enumeration; 'addFields' applies to objects",
                    at: name.range)
            }
            for value in overlay.addValues {
                if let existing = enumeration.values.first(where: { $0.value == value.value.value }) {
                    warn(
                        "the docs already list '\(value.value.value)' in '\(declaration.qualifiedName)' "
                            + "(\(existing.location.fileLine)); drop it from 'addValues'", at: value.value.range)
                    continue
                }
                if enumeration.isInteger && Int(value.value.value) == nil {
                    error(
                        "'\(declaration.qualifiedName)' has integer values; '\(value.value.value)' is not an integer",
                        at: value.value.range)
                    continue
                }
                enumeration.values.append(
                    SpecEnumValue(
                        value: value.value.value, summary: value.description,
                        location: value.value.range.start))
            }
            self[index].kind = .enumeration(enumeration)
            applyTypeChanges(overlay.set, to: index, at: name)
        case .events:
            error(
                "'\(declaration.qualifiedName)' is an events page; correct its events with 'event' or 'addEvent'",
                at: name.range)
        case .taggedUnion:
            error(
                "'\(declaration.qualifiedName)' is a union of other types; correct the types it lists instead",
                at: name.range)
        case .scalar, .container:
            error(
                "'\(declaration.qualifiedName)' does not become a Swift type of its own (it "
                    + (declaration.kind == .container ? "only groups other types" : "is a scalar")
                    + "); name one of the types it stands for", at: name.range)
        }
    }

    /// `set:` without a field: the type's Swift name and description.
    mutating func applyTypeChanges(_ set: FieldChanges?, to index: DeclarationIndex, at name: Located<String>) {
        guard let set else { return }
        if let swiftName = set.swiftName { swiftChoices.typeNames[self[index].qualifiedName] = swiftName.value }
        if let description = set.description {
            if self[index].summary == description.value {
                warn(
                    "this overlay changes nothing: the docs already describe '\(name.value)' so",
                    at: description.range)
            }
            self[index].summary = description.value
        }
    }

    mutating func applyToEvent(
        _ overlay: Overlay, at index: EventIndex, name: Located<String>,
        field: Located<String>?
    ) {
        var event = eventSet(index.at).events[index.event]
        if let field {
            guard var fields = event.payload.fields, let position = fields.firstIndex(where: { $0.name == field.value })
            else {
                warn(
                    "this overlay matches nothing: event '\(name.value)' has no payload field '\(field.value)'"
                        + (event.payload.fields == nil ? " (its payload is not a field table)" : ""), at: field.range)
                return
            }
            let key = FieldKey.payloadField(
                event: name.value, isFrame: event.payload.isFrame, field: field.value)
            if overlay.remove {
                fields.remove(at: position)
            } else if let set = overlay.set, !change(&fields[position], key: key, with: set) {
                warn(
                    "this overlay changes nothing: the docs already say this of '\(name.value)' field "
                        + "'\(field.value)'; remove it", at: field.range)
            }
            event.payload.fields = fields
        } else {
            if overlay.remove {
                updateEventSet(index.at) { $0.events.remove(at: index.event) }
                return
            }
            if let payload = overlay.payload {
                let replacement = specPayload(payload)
                if Canonical.payload(replacement) == Canonical.payload(event.payload) {
                    warn(
                        "this overlay changes nothing: the docs already give event '\(name.value)' this payload; "
                            + "remove it", at: name.range)
                }
                event.payload = replacement
            }
            if !overlay.addFields.isEmpty {
                guard var fields = event.payload.fields else {
                    error(
                        "event '\(name.value)' has no payload table to add fields to; use 'replacePayload'",
                        at: name.range)
                    return
                }
                for definition in overlay.addFields {
                    if let existing = fields.first(where: { $0.name == definition.name.value }) {
                        warn(
                            "field '\(definition.name.value)' is already in the docs (\(existing.location.fileLine)); "
                                + "drop it from 'addFields', or change it with 'set'", at: definition.name.range)
                        continue
                    }
                    fields.append(specField(definition))
                }
                event.payload.fields = fields
            }
            if let set = overlay.set {
                if let swiftName = set.swiftName {
                    error("an event's Swift case name comes from its wire name and cannot be set", at: swiftName.range)
                }
                if let description = set.description {
                    if event.summary == description.value {
                        warn(
                            "this overlay changes nothing: the docs already describe event '\(name.value)' so",
                            at: description.range)
                    }
                    event.summary = description.value
                }
            }
        }
        updateEventSet(index.at) { $0.events[index.event] = event }
    }

    mutating func addEvent(_ overlay: Overlay, name: Located<String>, page: Located<String>?) {
        let pages = allDeclarations.filter {
            guard case .events = self[$0].kind else { return false }
            guard let page else { return true }
            return self[$0].qualifiedName == page.value || self[$0].name == page.value
        }
        guard pages.count == 1, let index = pages.first else {
            if let page, pages.isEmpty {
                warn("this overlay matches nothing: the docs have no events page '\(page.value)'", at: page.range)
            } else if pages.isEmpty {
                warn(
                    "this overlay matches nothing: the docs have no events page to add '\(name.value)' to",
                    at: name.range)
            } else {
                error(
                    "the docs have several events pages ("
                        + pages.map { "'\(self[$0].name)'" }
                        .joined(separator: ", ") + "); say which with 'events'", at: name.range)
            }
            return
        }
        if let existing = eventSet(index).events.first(where: { $0.name == name.value }) {
            warn(
                "the docs already describe event '\(name.value)' (\(existing.location.fileLine)); remove this "
                    + "overlay, or correct the event with 'event' and 'replacePayload'", at: name.range)
            return
        }
        let event = SpecEvent(
            name: name.value, location: name.range.start, summary: overlay.description,
            payload: specPayload(overlay.payload ?? .none(overlay.range)))
        updateEventSet(index) { $0.events.append(event) }
    }

    // MARK: fields: and typeNames:

    mutating func apply(_ setting: FieldSetting) {
        let key = setting.key.value
        var candidates: [(owner: String, field: String)] = []
        var index = key.startIndex
        while let dot = key[index...].firstIndex(of: ".") {
            let owner = String(key[..<dot])
            let field = String(key[key.index(after: dot)...])
            index = key.index(after: dot)
            guard !owner.isEmpty, !field.isEmpty else { continue }
            let declarations = declarations(named: owner).filter {
                guard case .object(let object) = self[$0].kind else { return false }
                return FieldSlots(object: object, owner: self[$0].qualifiedName, variant: nil).contains(field)
            }
            let events = events(named: owner).filter {
                eventSet($0.at).events[$0.event].payload.fields?.contains { $0.name == field } ?? false
            }
            candidates += Array(repeating: (owner, field), count: declarations.count + events.count)
        }
        guard candidates.count == 1, let (owner, field) = candidates.first else {
            if candidates.isEmpty {
                warn(
                    "this setting matches nothing: no type or event in the docs has a field '\(key)' (write "
                        + "Type.field with the docs' names)", at: setting.key.range)
            } else {
                error(
                    "'\(key)' matches several fields ("
                        + candidates.map { "\($0.owner) → \($0.field)" }
                        .joined(separator: ", ") + "); use an overlay with 'type' and 'field' instead",
                    at: setting.key.range)
            }
            return
        }
        let changes = FieldChanges(swiftName: setting.swiftName, swiftType: setting.swiftType)
        let ownerName = Located(owner, at: setting.key.range)
        let fieldName = Located(field, at: setting.key.range)
        if !declarations(named: owner).isEmpty {
            apply(
                Overlay(
                    target: .type(ownerName, variant: nil, field: fieldName), range: setting.key.range,
                    set: changes))
        } else {
            apply(Overlay(target: .event(ownerName, field: fieldName), range: setting.key.range, set: changes))
        }
    }

    mutating func apply(_ setting: TypeNameSetting) {
        guard let index = declaration(setting.type) else { return }
        switch self[index].kind {
        case .object, .enumeration, .events, .taggedUnion:
            swiftChoices.typeNames[self[index].qualifiedName] = setting.swiftName.value
        case .scalar, .container:
            error(
                "'\(setting.type.value)' does not become a Swift type of its own, so it cannot be renamed",
                at: setting.type.range)
        }
    }

    // MARK: Building docs values

    /// Applies `set:` to a field: what the docs say to the field, its Swift name and type to ``swiftChoices`` under
    /// `key`. Returns whether anything changed.
    mutating func change(_ field: inout SpecField, key: FieldKey, with set: FieldChanges) -> Bool {
        var changed = false
        if let text = set.type {
            let type = dialect.parseType(text.value, at: text.range, diagnostics: diagnostics)
            if Canonical.type(type) != Canonical.type(field.type) { changed = true }
            field.type = type
            field.typeRange = text.range
        }
        if let presence = set.presence {
            if presence.value != field.presence { changed = true }
            field.presence = presence.value
        }
        if let description = set.description {
            if description.value != field.summary { changed = true }
            field.summary = description.value
        }
        if let swiftName = set.swiftName {
            changed = true
            swiftChoices.fieldNames[key] = swiftName.value
        }
        if let swiftType = set.swiftType {
            changed = true
            if let primitive = Canonical.scalarPrimitive(field.type) {
                if Compatibility.check(
                    swiftType, reads: primitive, what: "'\(field.name)'",
                    diagnostics: diagnostics)
                {
                    swiftChoices.fieldTypes[key] = swiftType.value
                }
            } else {
                error(
                    "'swiftType' applies to fields of type string, integer, number or boolean (or lists of them); "
                        + "'\(field.name)' is \(Canonical.type(field.type))", at: swiftType.range)
            }
        }
        return changed
    }

    func specField(_ definition: FieldDefinition) -> SpecField {
        SpecField(
            name: definition.name.value,
            type: dialect.parseType(definition.type.value, at: definition.type.range, diagnostics: diagnostics),
            presence: definition.presence, summary: definition.description, location: definition.range.start,
            typeRange: definition.type.range)
    }

    func specPayload(_ definition: PayloadDefinition) -> SpecPayload {
        switch definition {
        case .none:
            return .none
        case .data(let fields, let range):
            return .fields(fields.map(specField), location: range.start)
        case .frame(let fields, let range):
            return .frame(fields.map(specField), location: range.start)
        case .type(let text, let with, let range):
            let type =
                dialect.parseType(text.value, at: text.range, diagnostics: diagnostics)
                ?? .untyped(text.value)
            return .type(
                type, alsoRequired: with.map { SpecNameMention(name: $0.value, location: $0.range.start) },
                location: range.start)
        }
    }
}

/// The fields an overlay on an object reaches: the object's own and those of its variants (or one variant), with
/// a variant's nested object (`details.cover_url`) reached by a dotted name.
private struct FieldSlots {
    var object: SpecObject
    /// The docs name of the object (its declaration's dotted name).
    let owner: String
    let variant: String?

    /// The variants in reach.
    var variantIndices: [Int] {
        guard let variants = object.variants?.variants else { return [] }
        return variants.indices.filter { variant == nil || variants[$0].tag == variant }
    }

    func contains(_ name: String) -> Bool { existing(name) != nil }

    /// The first field of that name in reach.
    func existing(_ name: String) -> SpecField? {
        var found: SpecField?
        _ = visit(name) { field in
            if found == nil { found = field }
        }
        return found
    }

    /// Calls `body` with every field of that name in reach; returns how many there were.
    private func visit(_ name: String, _ body: (SpecField) -> Void) -> Int {
        var copy = self
        return copy.forEach(name) { field, _ in body(field) }
    }

    /// Calls `body` on every field of that name in reach, in place, with the key of the property it makes; returns
    /// how many there were.
    @discardableResult
    mutating func forEach(_ name: String, _ body: (inout SpecField, FieldKey) -> Void) -> Int {
        var count = 0
        if variant == nil {
            for i in object.fields.indices where object.fields[i].name == name {
                body(&object.fields[i], FieldKey(owner: owner, field: name))
                count += 1
            }
        }
        guard var variants = object.variants else { return count }
        for v in variantIndices {
            let variantOwner = owner + "[" + variants.variants[v].tag + "]"
            for i in variants.variants[v].fields.indices where variants.variants[v].fields[i].name == name {
                body(&variants.variants[v].fields[i], FieldKey(owner: variantOwner, field: name))
                count += 1
            }
            if let dot = name.firstIndex(of: ".") {
                let prefix = String(name[..<dot])
                let rest = String(name[name.index(after: dot)...])
                for n in variants.variants[v].nested.indices where variants.variants[v].nested[n].field == prefix {
                    for i in variants.variants[v].nested[n].fields.indices
                    where variants.variants[v].nested[n].fields[i].name == rest {
                        body(
                            &variants.variants[v].nested[n].fields[i],
                            FieldKey(owner: variantOwner + "." + prefix, field: rest))
                        count += 1
                    }
                }
            }
        }
        object.variants = variants
        return count
    }

    /// Applies a change to every field of that name in reach; returns whether any changed.
    mutating func update(_ name: String, _ change: (inout SpecField, FieldKey) -> Bool) -> Bool {
        var changed = false
        forEach(name) { if change(&$0, $1) { changed = true } }
        return changed
    }

    /// Removes every field of that name in reach.
    mutating func remove(_ name: String) {
        if variant == nil { object.fields.removeAll { $0.name == name } }
        guard var variants = object.variants else { return }
        for v in variantIndices {
            variants.variants[v].fields.removeAll { $0.name == name }
            if let dot = name.firstIndex(of: ".") {
                let prefix = String(name[..<dot])
                let rest = String(name[name.index(after: dot)...])
                for n in variants.variants[v].nested.indices where variants.variants[v].nested[n].field == prefix {
                    variants.variants[v].nested[n].fields.removeAll { $0.name == rest }
                }
            }
        }
        object.variants = variants
    }

    /// Adds a field: to the object, or to the one variant selected (a dotted name goes into its nested object).
    mutating func add(_ field: SpecField) {
        guard let variant, var variants = object.variants,
            let v = variants.variants.firstIndex(where: { $0.tag == variant })
        else {
            object.fields.append(field)
            return
        }
        if let dot = field.name.firstIndex(of: "."),
            let n = variants.variants[v].nested.firstIndex(where: { $0.field == String(field.name[..<dot]) })
        {
            var nested = field
            nested.name = String(field.name[field.name.index(after: dot)...])
            variants.variants[v].nested[n].fields.append(nested)
        } else {
            variants.variants[v].fields.append(field)
        }
        object.variants = variants
    }
}

/// Comparable renderings of docs values that ignore where they are written.
private enum Canonical {
    static func type(_ type: SpecType?) -> String {
        guard let type else { return "an untyped value" }
        switch type {
        case .primitive(let p): return p.rawValue
        case .reference(let r): return "[\(r.name)](#\(r.anchor ?? ""))"
        case .array(let e): return self.type(e) + "[]"
        case .nullable(let e): return self.type(e) + "?"
        case .union(let members): return "(" + members.map { self.type($0) }.joined(separator: "|") + ")"
        case .literals(let values): return values.map { "`\($0)`" }.joined(separator: "|")
        case .untyped(let text): return "'\(text)'"
        }
    }

    /// The primitive at the core of a type (inside `?` and `[]`), when it is a JSON scalar.
    static func scalarPrimitive(_ type: SpecType?) -> SpecPrimitive? {
        switch type {
        case .primitive(let p)? where [.string, .integer, .number, .boolean].contains(p): return p
        case .array(let e)?, .nullable(let e)?: return scalarPrimitive(e)
        default: return nil
        }
    }

    static func fields(_ fields: [SpecField]) -> String {
        fields.map { "\($0.name):\(type($0.type)):\($0.presence.rawValue)" }.joined(separator: ",")
    }

    static func payload(_ payload: SpecPayload) -> String {
        switch payload {
        case .none: return "none"
        case .type(let t, let with, _): return "type \(type(t)) with \(with.map(\.name))"
        case .fields(let f, _): return "data \(fields(f))"
        case .frame(let f, _): return "frame \(fields(f))"
        }
    }
}

extension SpecPayload {
    /// Whether the payload's fields sit at the message's top level (a `frame` table).
    var isFrame: Bool {
        if case .frame = self { return true }
        return false
    }

    /// The fields of a payload table (`data` or `frame`), or `nil` for a payload without one; setting it keeps the
    /// kind of table.
    var fields: [SpecField]? {
        get {
            switch self {
            case .fields(let fields, _), .frame(let fields, _): return fields
            case .none, .type: return nil
            }
        }
        set {
            guard let newValue else { return }
            switch self {
            case .fields(_, let location): self = .fields(newValue, location: location)
            case .frame(_, let location): self = .frame(newValue, location: location)
            case .none, .type: break
            }
        }
    }
}

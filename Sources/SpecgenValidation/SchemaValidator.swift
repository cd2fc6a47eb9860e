import Foundation
import SpecgenIR
import SpecgenRuntime

/// Checks JSON payloads against a schema without generated code: the validator behind `specgen validate`.
///
/// It walks the same ``ValidationPlan`` the generated validators are emitted from and drives the same runtime
/// reader with the same rules, in the same order, so for any payload it reports exactly the issues the generated
/// `T.validate(json:)` reports (the tests compare the two on many payloads).
///
/// The IR refers to types by references that are not names of any language; the validator is given the name each
/// type has in the generated code (the Swift pass's, which the command line passes), and uses it for `--type` and in
/// its messages, as the generated validators do. Its tables stay keyed by the IR's references.
public struct SchemaValidator: Sendable {
    /// The schema checked against.
    public let schema: Schema
    private let types: [String: SchemaType]
    /// The name of each type, by the IR's reference to it.
    private let names: [String: String]
    /// The IR's reference to each type, by its name.
    private let references: [String: String]
    private let objects: [String: CompiledObject]
    private let enumerations: [String: JSONEnumRule]
    private let unions: [String: CompiledUnion]
    private let taggedUnions: [String: CompiledTaggedUnion]
    /// The sets of flags, by name: whether each is sent as a string of digits.
    private let flags: [String: Bool]

    /// Prepares the rules of every type.
    ///
    /// - Parameters:
    ///   - schema: The schema.
    ///   - typeName: The name of the type the IR refers to by a reference (``SchemaType/name``, a
    ///     ``TypeRef/named(_:)``): its name in the generated code, such as `SwiftSchema.typeName(_:)`'s.
    public init(schema: Schema, typeName: (String) -> String) {
        self.schema = schema
        var names: [String: String] = [:]
        var references: [String: String] = [:]
        for type in schema.types where names[type.name] == nil {
            let name = typeName(type.name)
            names[type.name] = name
            if references[name] == nil { references[name] = type.name }
        }
        let typeName = { (reference: String) in names[reference] ?? reference }
        var types: [String: SchemaType] = [:]
        var objects: [String: CompiledObject] = [:]
        var enumerations: [String: JSONEnumRule] = [:]
        var unions: [String: CompiledUnion] = [:]
        var taggedUnions: [String: CompiledTaggedUnion] = [:]
        var flags: [String: Bool] = [:]
        for type in schema.types {
            types[type.name] = type
            switch type.kind {
            case .object, .eventSet:
                objects[type.name] = CompiledObject(
                    type, ValidationPlan.objectPlan(for: type, in: schema)!, name: typeName(type.name))
            case .enumeration(let enumeration) where enumeration.flags != nil:
                flags[type.name] = enumeration.flags == .string
            case .enumeration(let enumeration):
                let location = type.location.fileLine
                enumerations[type.name] =
                    enumeration.isInteger
                    ? JSONEnumRule(
                        typeName: typeName(type.name), integers: enumeration.cases.compactMap { Int64($0.value) },
                        location: location)
                    : JSONEnumRule(
                        typeName: typeName(type.name), strings: enumeration.cases.map(\.value), location: location)
            case .union(let union) where union.tag != nil:
                taggedUnions[type.name] = CompiledTaggedUnion(type, union, tag: union.tag!, name: typeName(type.name))
            case .union(let union):
                unions[type.name] = CompiledUnion(
                    expected: ValidationPlan.expectation(for: union, typeName: typeName),
                    members: union.members.map { ValidationPlan.rule(for: $0.type) })
            }
        }
        self.types = types
        self.names = names
        self.references = references
        self.objects = objects
        self.enumerations = enumerations
        self.unions = unions
        self.taggedUnions = taggedUnions
        self.flags = flags
    }

    /// Whether the schema has a type of this name (as given to ``init(schema:typeName:)``).
    public func hasType(named name: String) -> Bool {
        references[name] != nil
    }

    /// The name of a type of the schema (as given to ``init(schema:typeName:)``).
    public func name(of type: SchemaType) -> String {
        names[type.name] ?? type.name
    }

    /// The names of the schema's types, sorted.
    public var typeNames: [String] {
        references.keys.sorted()
    }

    /// Checks one JSON document against a type.
    ///
    /// - Parameters:
    ///   - json: The document's bytes.
    ///   - typeName: The name of the type (as given to ``init(schema:typeName:)``: for the Swift pass's names, as in
    ///     the JSON Schema's `$defs`); it must exist.
    /// - Returns: Every issue in document order; one issue for malformed JSON; empty when the document conforms.
    public func validate(_ json: Data, as typeName: String) -> [ValidationIssue] {
        json.withUnsafeBytes { validate(bytes: $0, as: typeName) }
    }

    /// Checks one JSON document given as raw bytes; see ``validate(_:as:)``.
    public func validate(bytes: UnsafeRawBufferPointer, as typeName: String) -> [ValidationIssue] {
        guard let reference = references[typeName], let type = types[reference] else {
            preconditionFailure("no type named \(typeName)")
        }
        let location = type.location.fileLine
        return JSONValidation.validate(bytes: bytes, location: location) {
            (reader: inout JSONValidationReader) throws(JSONSyntaxError) in
            try checkNamed(&reader, reference, requiring: [], nullable: false, location: location)
        }
    }

    // MARK: - Walking the plans

    /// Checks the next value against a rule, as the generated statements for that rule do.
    func check(_ reader: inout JSONValidationReader, _ rule: ValueRule, nullable: Bool, location: String)
        throws(JSONSyntaxError)
    {
        switch rule {
        case .string: try reader.checkString(nullable: nullable, location: location)
        case .integer: try reader.checkInteger(nullable: nullable, location: location)
        case .number: try reader.checkNumber(nullable: nullable, location: location)
        case .boolean: try reader.checkBoolean(nullable: nullable, location: location)
        case .timestamp: try reader.checkTimestamp(nullable: nullable, location: location)
        case .snowflake: try reader.checkSnowflake(nullable: nullable, location: location)
        case .anyObject: try reader.checkObject(nullable: nullable, location: location)
        case .any: try reader.skipValue()
        case .null: try reader.checkNull(location: location)
        case .constant(let value): try reader.checkConstant(value, nullable: nullable, location: location)
        case .named(let name, let requiring):
            try checkNamed(&reader, name, requiring: requiring, nullable: nullable, location: location)
        case .array(let element):
            if try reader.beginArray(nullable: nullable, location: location) {
                while try reader.nextElement() {
                    try check(&reader, element, nullable: false, location: location)
                }
            }
        }
    }

    /// Checks the next value against the type the IR refers to by `name`, as its generated `specgenValidate` does.
    func checkNamed(
        _ reader: inout JSONValidationReader, _ name: String, requiring: [RequiredAttribute],
        nullable: Bool, location: String
    ) throws(JSONSyntaxError) {
        if let object = objects[name] {
            let start = reader.valueOffset()
            guard try reader.beginObject(typeName: object.name, nullable: nullable, location: location) else {
                return
            }
            let extra = JSONRequirements(
                requiring.map { JSONRequirements.Entry($0.jsonName, location: $0.location.fileLine) })
            guard let tags = object.tags, let tag = reader.peekTag(tags) else {
                try walk(&reader, object.base, requiring: extra)
                return
            }
            let walk = object.tagged[tag]
            try self.walk(&reader, walk, requiring: extra)
            for whole in walk.wholeChecks {
                reader.rewind(to: start)
                try check(&reader, whole.rule, nullable: whole.isNullable, location: whole.location.fileLine)
            }
        } else if let rule = enumerations[name] {
            try reader.checkEnum(rule, nullable: nullable, location: location)
        } else if let asString = flags[name] {
            try reader.checkFlags(asString: asString, nullable: nullable, location: location)
        } else if let union = taggedUnions[name] {
            // The member the code selects, or else an object whose code must be a documented one.
            if let member = reader.peekObjectTag(union.tags) {
                try checkNamed(
                    &reader, union.members[member], requiring: [], nullable: nullable, location: location)
            } else if try reader.beginObject(typeName: union.name, nullable: nullable, location: location) {
                var seen = JSONKeyBits()
                while let member = try reader.nextMember(union.rule, seen: &seen) {
                    if member == 0 {
                        try reader.checkEnum(union.codes, nullable: false, location: union.tagLocation)
                    } else {
                        try reader.skipValue()
                    }
                }
                reader.finishObject(union.rule, seen: seen)
            }
        } else if let union = unions[name] {
            try reader.checkUnion(
                expected: union.expected, nullable: nullable, location: location,
                members: union.members.count
            ) {
                (reader: inout JSONValidationReader, member: Int) throws(JSONSyntaxError) in
                try check(&reader, union.members[member], nullable: false, location: location)
            }
        } else {
            try reader.skipValue()
        }
    }

    /// Checks the members of the object just opened, as a generated walk does.
    fileprivate func walk(_ reader: inout JSONValidationReader, _ walk: CompiledWalk, requiring extra: JSONRequirements)
        throws(JSONSyntaxError)
    {
        var seen = JSONKeyBits()
        while let member = try reader.nextMember(walk.rule, seen: &seen) {
            let checks = walk.checks[member]
            if checks.isEmpty {
                try reader.skipValue()
                continue
            }
            let start = reader.valueOffset()
            for (k, check) in checks.enumerated() {
                if k > 0 { reader.rewind(to: start) }
                try self.check(&reader, check.rule, nullable: check.isNullable, location: check.location.fileLine)
            }
        }
        reader.finishObject(walk.rule, seen: seen, requiring: extra)
    }
}

/// An object plan with its runtime tables built.
private struct CompiledObject: Sendable {
    /// The type's name in messages.
    var name: String
    var base: CompiledWalk
    var tags: JSONTagRule?
    var tagged: [CompiledWalk]

    init(_ type: SchemaType, _ plan: ObjectPlan, name: String) {
        self.name = name
        base = CompiledWalk(plan.base, name: name, location: type.location.fileLine)
        tags = plan.discriminator.map { key in
            guard let codeKey = plan.codeKey else { return JSONTagRule(key: key, values: plan.tagValues) }
            guard let dispatch = plan.dispatch else {
                return JSONTagRule(key: key, values: plan.tagValues, codeKey: codeKey, codes: plan.codes)
            }
            return JSONTagRule(
                key: key, values: plan.tagValues, codeKey: codeKey, codes: plan.codes, dispatch: dispatch)
        }
        tagged = plan.tagged.map { CompiledWalk($0.walk, name: name, location: type.location.fileLine) }
    }
}

/// One walk with its runtime object rule; members are checked in the rule's index order.
private struct CompiledWalk: Sendable {
    var rule: JSONObjectRule
    var checks: [[ValueCheck]]
    var wholeChecks: [ValueCheck]

    /// The walk's rules for the type named `name` in messages, declared at `location`.
    init(_ walk: ObjectWalk, name: String, location typeLocation: String) {
        rule = JSONObjectRule(
            typeName: name,
            members: walk.members.map { member in
                let location = (member.requiredAt ?? member.checks.first?.location)?.fileLine ?? typeLocation
                return JSONObjectRule.Member(member.jsonName, required: member.requiredAt != nil, location: location)
            })
        checks = walk.members.map(\.checks)
        wholeChecks = walk.wholeChecks
    }
}

/// A union's members as rules.
private struct CompiledUnion: Sendable {
    var expected: String
    var members: [ValueRule]
}

/// The runtime tables of an integer-tagged union, as its generated validator builds them.
private struct CompiledTaggedUnion: Sendable {
    /// The union's name in messages.
    var name: String
    /// The codes that select a member.
    var tags: JSONTagRule
    /// The IR's references to the members' types, by their index among the codes.
    var members: [String]
    /// The one member every value has: its code.
    var rule: JSONObjectRule
    /// The documented codes.
    var codes: JSONEnumRule
    /// Where the docs list the codes.
    var tagLocation: String

    init(_ type: SchemaType, _ union: UnionType, tag: UnionTag, name: String) {
        self.name = name
        let codes = union.members.map { $0.code ?? 0 }
        tags = JSONTagRule(key: tag.key, values: [], codeKey: tag.key, codes: codes)
        members = union.members.map { $0.type.namedTypes.first ?? type.name }
        tagLocation = tag.location.fileLine
        rule = JSONObjectRule(
            typeName: name, members: [JSONObjectRule.Member(tag.key, required: true, location: tagLocation)])
        self.codes = JSONEnumRule(typeName: name, integers: codes.map(Int64.init), location: tagLocation)
    }
}

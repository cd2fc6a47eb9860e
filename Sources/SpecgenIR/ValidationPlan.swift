import SpecgenSupport

// What the strict side checks, worked out once from the schema so that the generated Swift validators and the
// validator `specgen validate` runs (which walks these plans) cannot disagree. The JSON Schema emitter states the
// same rules in JSON Schema terms; the differential tests compare the two.
//
// Conformance, in short: unknown keys are allowed everywhere; a property is required when the IR says so; `null`
// only where the IR says so; enumerations are closed; a documented tag value (Notification's `name`, an event's
// `event`) applies the base rules *and* that variant's or event's rules; any other tag value only the base rules.
// The tag itself is checked against the type its row declares: a names table selects variants, it does not close
// the set of values (Notification's `name` is a `string`, so any string is a valid name).

/// The rule for one value, without nullability.
public indirect enum ValueRule: Hashable, Sendable {
    /// A JSON string.
    case string
    /// A JSON number that is a whole number within 64 bits.
    case integer
    /// Any JSON number.
    case number
    /// `true` or `false`.
    case boolean
    /// A string holding an RFC 3339 date-time.
    case timestamp
    /// A string of decimal digits whose value fits in 64 bits (a snowflake).
    case snowflake
    /// Any JSON object.
    case anyObject
    /// Any JSON value.
    case any
    /// This one string.
    case constant(String)
    /// `null` only (a gateway frame's `s` and `t` when `op` is not the dispatch code); its checks are nullable.
    case null
    /// A value of a named type of the schema; `requiring` lists optional keys of that (object) type that this place
    /// requires.
    case named(String, requiring: [RequiredAttribute])
    /// An array whose elements follow a rule (elements are never `null`).
    case array(ValueRule)
}

/// A rule with its nullability and where the docs state it.
public struct ValueCheck: Hashable, Sendable {
    /// What the value must be.
    public var rule: ValueRule
    /// Whether `null` is allowed as well.
    public var isNullable: Bool
    /// Where the rule comes from (a table row, or an event's payload line).
    public var location: SourceLocation

    /// Creates a check.
    public init(rule: ValueRule, isNullable: Bool, location: SourceLocation) {
        self.rule = rule
        self.isNullable = isNullable
        self.location = location
    }
}

/// The rules for one key of an object.
public struct MemberPlan: Hashable, Sendable {
    /// The JSON key.
    public var jsonName: String
    /// Rules the value must all satisfy; none means any value.
    public var checks: [ValueCheck]
    /// Where the docs require the key, or `nil` when it may be absent.
    public var requiredAt: SourceLocation?

    /// Creates a member.
    public init(jsonName: String, checks: [ValueCheck], requiredAt: SourceLocation?) {
        self.jsonName = jsonName
        self.checks = checks
        self.requiredAt = requiredAt
    }
}

/// The rules for the members of an object in one case (the base rules, or those of one tag value).
public struct ObjectWalk: Hashable, Sendable {
    /// The documented keys, in the docs' order.
    public var members: [MemberPlan]
    /// Rules the whole object must also satisfy, checked after its members (a frame event's type).
    public var wholeChecks: [ValueCheck]

    /// Creates a walk.
    public init(members: [MemberPlan], wholeChecks: [ValueCheck] = []) {
        self.members = members
        self.wholeChecks = wholeChecks
    }
}

/// The rules for one documented tag value.
public struct TaggedWalk: Hashable, Sendable {
    /// The tag value (for an event its code alone identifies, the event's name, which the wire does not carry).
    public var tag: String
    /// The code under the plan's ``ObjectPlan/codeKey`` that selects these rules instead of ``tag`` (Hello's 10).
    public var code: Int?
    /// The rules: the base rules combined with the variant's or event's.
    public var walk: ObjectWalk

    /// Creates a tagged walk.
    public init(tag: String, code: Int? = nil, walk: ObjectWalk) {
        self.tag = tag
        self.code = code
        self.walk = walk
    }
}

/// How an object type (or an event set) is checked.
public struct ObjectPlan: Hashable, Sendable {
    /// The IR's reference to the type (``SchemaType/name``), not a name of any language.
    public var typeName: String
    /// The rules when no documented tag applies (always, for an untagged object).
    public var base: ObjectWalk
    /// The key whose string value selects a tagged walk (`name`, `event`), if any.
    public var discriminator: String?
    /// The documented tag values with rules of their own: those selected by the discriminator first, then those
    /// selected by a code (``TaggedWalk/code``).
    public var tagged: [TaggedWalk]
    /// The key whose integer value selects a tagged walk with a ``TaggedWalk/code`` before the discriminator is read
    /// (Discord's `op`), if any.
    public var codeKey: String?
    /// The code under ``codeKey`` under which the discriminator names the event (Discord's dispatch code, 0), if
    /// the discriminator names events only under that code; its walk among ``tagged`` (the one with that
    /// ``TaggedWalk/code``) applies when the discriminator's value has no walk of its own.
    public var dispatch: Int?

    /// Creates a plan.
    public init(
        typeName: String, base: ObjectWalk, discriminator: String? = nil, tagged: [TaggedWalk] = [],
        codeKey: String? = nil, dispatch: Int? = nil
    ) {
        self.typeName = typeName
        self.base = base
        self.discriminator = discriminator
        self.tagged = tagged
        self.codeKey = codeKey
        self.dispatch = dispatch
    }

    /// The tag values the discriminator selects, in order (a walk's index in ``tagged`` is its index here).
    public var tagValues: [String] { tagged.filter { $0.code == nil }.map(\.tag) }
    /// The codes that select walks, in order (the walk of the code at `i` is at `tagValues.count + i`).
    public var codes: [Int] { tagged.compactMap(\.code) }
}

/// Derives the strict rules from the schema IR.
public enum ValidationPlan {
    /// The rule a type reference stands for.
    public static func rule(for ref: TypeRef) -> ValueRule {
        switch ref {
        case .string: return .string
        case .integer: return .integer
        case .number: return .number
        case .boolean: return .boolean
        case .timestamp: return .timestamp
        case .snowflake: return .snowflake
        case .object: return .anyObject
        case .any: return .any
        case .named(let name): return .named(name, requiring: [])
        case .array(let element): return .array(rule(for: element))
        }
    }

    /// The check for a property's value.
    public static func check(for property: Property) -> ValueCheck {
        ValueCheck(
            rule: property.constant.map(ValueRule.constant) ?? rule(for: property.type),
            isNullable: property.isNullable, location: property.location)
    }

    /// The member plan of a property.
    public static func member(for property: Property) -> MemberPlan {
        MemberPlan(
            jsonName: property.jsonName, checks: [check(for: property)],
            requiredAt: property.isRequired ? property.location : nil)
    }

    /// How an object type or an event set is checked; `nil` for enumerations and unions.
    public static func objectPlan(for type: SchemaType, in schema: Schema) -> ObjectPlan? {
        let extraKeys = schema.keysRequiredByPayloads(of: type.name)
        func complete(_ walk: ObjectWalk) -> ObjectWalk {
            var walk = walk
            guard !extraKeys.isEmpty else { return walk }
            let present = Set(walk.members.map(\.jsonName))
            for key in extraKeys where !present.contains(key) {
                walk.members.append(MemberPlan(jsonName: key, checks: [], requiredAt: nil))
            }
            return walk
        }
        switch type.kind {
        case .object(let object):
            let base = ObjectWalk(members: object.checkedProperties.map(member(for:)))
            guard let variants = object.variants else {
                return ObjectPlan(typeName: type.name, base: complete(base))
            }
            let tagged = variants.variants.map { variant -> TaggedWalk in
                var own: [MemberPlan] = []
                if case .object(let fields)? = schema.type(named: variant.typeName)?.kind {
                    own = fields.properties.map(member(for:))
                }
                return TaggedWalk(
                    tag: variant.tag,
                    walk: complete(ObjectWalk(members: merge(base.members, own, in: schema))))
            }
            return ObjectPlan(
                typeName: type.name, base: complete(base), discriminator: variants.discriminator,
                tagged: tagged)
        case .eventSet(let set):
            let base = ObjectWalk(members: set.envelope.map(member(for:)))
            // Under an opcode tag, `s` and `t` are set in dispatched events and `null` in every other message.
            let frame = DispatchFrame(set)
            var tagged: [TaggedWalk] = []
            // Events named by the discriminator first, then the messages their code alone identifies (Hello's `op`).
            let named = set.events.filter { $0.opcode == nil }
            let coded = set.opcode == nil ? [] : set.events.filter { $0.opcode != nil }
            for event in named + coded {
                switch event.payload {
                case .none:
                    continue
                case .data(let ref, let alsoRequired, let location):
                    var rule = rule(for: ref)
                    if case .named(let name, _) = rule, !alsoRequired.isEmpty {
                        rule = .named(name, requiring: alsoRequired)
                    }
                    let payload = MemberPlan(
                        jsonName: set.payloadField,
                        checks: [ValueCheck(rule: rule, isNullable: event.isPayloadNullable, location: location)],
                        requiredAt: location)
                    let framing = event.opcode == nil ? frame.dispatched : frame.other
                    tagged.append(
                        TaggedWalk(
                            tag: event.name, code: event.opcode,
                            walk: complete(
                                ObjectWalk(members: merge(base.members, [payload] + framing, in: schema)))))
                case .frame(let ref, let location):
                    let framing = event.opcode == nil ? frame.dispatched : frame.other
                    tagged.append(
                        TaggedWalk(
                            tag: event.name, code: event.opcode,
                            walk: complete(
                                ObjectWalk(
                                    members: merge(base.members, framing, in: schema),
                                    wholeChecks: [
                                        ValueCheck(rule: rule(for: ref), isNullable: false, location: location)
                                    ]))))
                }
            }
            guard let tag = set.opcode else {
                return ObjectPlan(
                    typeName: type.name, base: complete(base), discriminator: set.discriminator, tagged: tagged)
            }
            // A dispatched event without rules of its own, and a message of any other code.
            tagged.append(
                TaggedWalk(
                    tag: set.discriminator, code: tag.dispatch,
                    walk: complete(ObjectWalk(members: merge(base.members, frame.dispatched, in: schema)))))
            return ObjectPlan(
                typeName: type.name,
                base: complete(ObjectWalk(members: merge(base.members, frame.other, in: schema))),
                discriminator: set.discriminator, tagged: tagged, codeKey: tag.key, dispatch: tag.dispatch)
        case .enumeration, .union:
            return nil
        }
    }

    /// What a message calls the members of a union: `Node or Leaf`, `A, B or C`.
    ///
    /// - Parameters:
    ///   - union: The union.
    ///   - typeName: The name a message gives the type the IR refers to by a reference (a language's name for it,
    ///     such as the Swift pass's): the IR's references are not names of any language.
    public static func expectation(for union: UnionType, typeName: (String) -> String) -> String {
        let names = union.members.map { describe($0.type, typeName: typeName) }
        guard names.count > 1 else { return names.first ?? "nothing" }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// How a message names a type reference, naming a type by `typeName` (see ``expectation(for:typeName:)``).
    static func describe(_ ref: TypeRef, typeName: (String) -> String) -> String {
        switch ref {
        case .string: return "a string"
        case .integer: return "an integer"
        case .number: return "a number"
        case .boolean: return "a boolean"
        case .timestamp: return "a date-time string"
        case .snowflake: return "a snowflake string"
        case .object: return "an object"
        case .any: return "any value"
        case .named(let reference): return typeName(reference)
        case .array(let element): return "an array of \(describe(element, typeName: typeName))"
        }
    }

    /// The rules an opcode tag adds to the envelope's sequence number and event name: not `null` in a dispatched
    /// event, `null` in any other message ("`s` and `t` are `null` when `op` is not `0`").
    public struct DispatchFrame: Sendable {
        /// The members' rules in a dispatched event: the envelope's, but not `null`.
        public var dispatched: [MemberPlan] = []
        /// The members' rules in any other message: `null`.
        public var other: [MemberPlan] = []

        /// The rules of a set's opcode tag; none when the set has no tag.
        public init(_ set: EventSetType) {
            guard let tag = set.opcode else { return }
            for key in [tag.sequenceKey, set.discriminator].compactMap({ $0 }) {
                guard let property = set.envelope.first(where: { $0.jsonName == key }) else { continue }
                var check = ValidationPlan.check(for: property)
                check.isNullable = false
                dispatched.append(MemberPlan(jsonName: key, checks: [check], requiredAt: nil))
                other.append(
                    MemberPlan(
                        jsonName: key, checks: [ValueCheck(rule: .null, isNullable: true, location: property.location)],
                        requiredAt: nil))
            }
        }
    }

    // MARK: - Combining rules

    /// The base members with a variant's members added: a key in both must satisfy both rules (only the narrower
    /// rule is kept when one implies the other), and is required when either requires it.
    static func merge(_ base: [MemberPlan], _ own: [MemberPlan], in schema: Schema) -> [MemberPlan] {
        var result = base
        for member in own {
            guard let i = result.firstIndex(where: { $0.jsonName == member.jsonName }) else {
                result.append(member)
                continue
            }
            var checks: [ValueCheck] = []
            let all = result[i].checks + member.checks
            for (k, check) in all.enumerated() {
                // Drop a check that another one implies (of two equivalent checks, keep the later one: the variant's).
                let implied = all.enumerated().contains { j, other in
                    j != k && implies(other, check, in: schema) && (!implies(check, other, in: schema) || j > k)
                }
                if !implied { checks.append(check) }
            }
            result[i] = MemberPlan(
                jsonName: member.jsonName, checks: checks,
                requiredAt: member.requiredAt ?? result[i].requiredAt)
        }
        return result
    }

    /// Whether every value that passes `narrow` also passes `wide`.
    static func implies(_ narrow: ValueCheck, _ wide: ValueCheck, in schema: Schema) -> Bool {
        (!narrow.isNullable || wide.isNullable) && implies(narrow.rule, wide.rule, in: schema)
    }

    /// Whether every value that follows `narrow` also follows `wide` (nullability aside).
    static func implies(_ narrow: ValueRule, _ wide: ValueRule, in schema: Schema) -> Bool {
        if narrow == wide || wide == .any || narrow == .null { return true }
        switch (narrow, wide) {
        case (.named(let a, let extra), .named(let b, let needed)):
            return a == b && Set(needed.map(\.jsonName)).isSubset(of: Set(extra.map(\.jsonName)))
        case (.named(let name, _), .anyObject):
            switch schema.type(named: name)?.kind {
            case .object?, .eventSet?: return true
            default: return false
            }
        case (.timestamp, .string), (.snowflake, .string), (.constant, .string), (.integer, .number):
            return true
        case (.named(let name, _), .string), (.named(let name, _), .number):
            guard case .enumeration(let enumeration)? = schema.type(named: name)?.kind else { return false }
            if let flags = enumeration.flags { return wide == .string ? flags == .string : flags == .integer }
            return wide == .string ? !enumeration.isInteger : enumeration.isInteger
        case (.array(let a), .array(let b)):
            return implies(a, b, in: schema)
        default:
            return false
        }
    }
}

// View models of the validator templates (`Templates/validators.swift.mustache` and its `validator-*` partials):
// flat values of names, keys, locations, flags and numbers, each with its template keys declared once (see
// `TemplateViewModel`). The statements are all in the templates; a check of a list nests the check of its elements,
// which the `validator-check` partial renders by including itself. A text that ends up inside a string literal
// (a key, a location, a value) holds the literal's escaped contents, without the quotes.

/// One generated validators file.
struct ValidatorFileViewModel: TemplateViewModel {
    var sourcePath: String
    var imports: [String]
    var types: [ValidatorTypeViewModel]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "sourcePath": .text(\.sourcePath), "imports": .texts(\.imports), "types": .model(\.types),
    ]
}

/// One type's validators: exactly one of the kinds is set.
struct ValidatorTypeViewModel: TemplateViewModel {
    var object: ObjectValidatorViewModel?
    var enumeration: EnumValidatorViewModel?
    var union: UnionValidatorViewModel?
    var taggedUnion: TaggedUnionValidatorViewModel?

    static let templateKeys: [String: TemplateKey<Self>] = [
        "object": .model(\.object), "enumeration": .model(\.enumeration), "union": .model(\.union),
        "taggedUnion": .model(\.taggedUnion),
    ]
}

/// What every validator's documentation says: the type and where its rules come from.
struct ValidatorDocViewModel: TemplateViewModel {
    var name: String
    /// The docs' file and line the rules come from (empty when the run leaves source locations out).
    var rulesSource: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "name": .text(\.name), "rulesSource": .text(\.rulesSource),
    ]
}

/// An object type or an event set.
struct ObjectValidatorViewModel: TemplateViewModel {
    var doc: ValidatorDocViewModel
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var runtime: String
    /// Where the docs describe the type (`file:line`), escaped for a string literal.
    var location: String
    /// The type's name, escaped for a string literal.
    var typeNameText: String
    /// Whether a tag (`name`, `event`) selects rules.
    var isTagged: Bool
    var tagKey: String
    /// The tag's key, escaped for a string literal.
    var tagKeyText: String
    /// The documented tag values, escaped for string literals.
    var tagValues: [String]
    /// The key of the codes that select rules before the tag does (`op`), escaped for a string literal; empty when
    /// there are no codes.
    var codeKeyText: String
    /// The codes that select rules, in order (their dispatch indices follow the tag values').
    var codes: [Int]
    /// The code under which alone the tag names the message (Discord's dispatch code), as a Swift integer literal;
    /// empty when the tag names it under any code.
    var dispatchCode = ""
    /// Whether a tagged case checks the whole object again (a frame event), which needs its start offset.
    var needsStart: Bool
    var dispatch: [DispatchViewModel]
    var baseFunctionName: String
    var requirements: [RequirementViewModel]
    var walks: [WalkViewModel]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "doc": .model(\.doc), "access": .text(\.access), "name": .text(\.name),
        "qualifiedName": .text(\.qualifiedName), "runtime": .text(\.runtime), "location": .text(\.location),
        "typeNameText": .text(\.typeNameText), "isTagged": .flag(\.isTagged), "tagKey": .text(\.tagKey),
        "tagKeyText": .text(\.tagKeyText), "tagValues": .texts(\.tagValues), "needsStart": .flag(\.needsStart),
        "isCoded": .derivedFlag { $0.isCoded }, "codeKeyText": .text(\.codeKeyText),
        "codes": .texts(\.codeTexts), "dispatchCode": .text(\.dispatchCode),
        "hasDispatchCode": .derivedFlag { !$0.dispatchCode.isEmpty },
        "dispatch": .model(\.dispatch), "baseFunctionName": .text(\.baseFunctionName),
        "requirements": .model(\.requirements), "walks": .model(\.walks),
    ]
}

extension ObjectValidatorViewModel {
    /// Whether codes select rules (`op` for Hello) before the tag does.
    var isCoded: Bool { !codes.isEmpty }
    /// The codes as Swift integer literals.
    var codeTexts: [String] { codes.map(String.init) }
}

/// One documented tag value and the function that checks its members.
struct DispatchViewModel: TemplateViewModel {
    /// The tag value's index in the tag rule.
    var index: Int
    var functionName: String
    /// Checks of the whole object again afterwards (a frame event's payload type).
    var wholeChecks: [CheckViewModel]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "index": .number(\.index), "functionName": .text(\.functionName), "wholeChecks": .model(\.wholeChecks),
    ]
}

/// Extra keys an event requires of its payload.
struct RequirementViewModel: TemplateViewModel {
    var name: String
    var runtime: String
    var summary: String
    var entries: [RequiredKeyViewModel]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "name": .text(\.name), "runtime": .text(\.runtime), "summary": .text(\.summary),
        "entries": .model(\.entries),
    ]
}

/// A key an event requires, and where the docs require it.
struct RequiredKeyViewModel: TemplateViewModel {
    /// The key, escaped for a string literal.
    var key: String
    /// `file:line`, escaped for a string literal.
    var location: String

    static let templateKeys: [String: TemplateKey<Self>] = ["key": .text(\.key), "location": .text(\.location)]
}

/// The members of an object in one case.
struct WalkViewModel: TemplateViewModel {
    var functionName: String
    var rulesName: String
    var runtime: String
    /// The type's name, escaped for a string literal.
    var typeNameText: String
    var summary: String
    var members: [MemberRuleViewModel]
    var cases: [MemberCaseViewModel]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "functionName": .text(\.functionName), "rulesName": .text(\.rulesName), "runtime": .text(\.runtime),
        "typeNameText": .text(\.typeNameText), "summary": .text(\.summary), "members": .model(\.members),
        "cases": .model(\.cases),
    ]
}

/// A documented member of an object: its key, whether it is required, and where the docs say so.
struct MemberRuleViewModel: TemplateViewModel {
    /// The key, escaped for a string literal.
    var key: String
    var isRequired: Bool
    /// `file:line`, escaped for a string literal.
    var location: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "key": .text(\.key), "isRequired": .flag(\.isRequired), "location": .text(\.location),
    ]
}

/// The checks of one member's value (or of one union member), each on the value from its start.
struct MemberCaseViewModel: TemplateViewModel {
    /// The member's index in the rule table (or the union member's index).
    var index: Int
    var checks: [CheckViewModel]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "index": .number(\.index), "checks": .model(\.checks),
        // Whether there is more than one check (the value is read again for each).
        "hasSeveralChecks": .derivedFlag { $0.checks.count > 1 },
    ]
}

/// A check of one value against a rule: exactly one of the kind flags is set.
struct CheckViewModel: TemplateViewModel {
    /// Whether `null` is allowed.
    var isNullable: Bool
    /// Whether the check reports at the location its caller was given (`location`) instead of ``location``.
    var usesCallerLocation: Bool
    /// `file:line`, escaped for a string literal (empty with ``usesCallerLocation``).
    var location: String
    var isString = false
    var isInteger = false
    var isNumber = false
    var isBoolean = false
    var isTimestamp = false
    var isSnowflake = false
    var isAnyObject = false
    var isAny = false
    var isNull = false
    var isConstant = false
    var isNamed = false
    var isArray = false
    /// A constant's value, escaped for a string literal.
    var constant = ""
    /// A named type's name, as extensions at file scope use it.
    var typeName = ""
    /// The requirement constant a named type is checked with (empty for none).
    var requirement = ""
    /// An array's element check (one), empty for other kinds.
    var element: [CheckViewModel] = []

    static let templateKeys: [String: TemplateKey<Self>] = [
        "isNullable": .flag(\.isNullable), "usesCallerLocation": .flag(\.usesCallerLocation),
        "location": .text(\.location), "isString": .flag(\.isString), "isInteger": .flag(\.isInteger),
        "isNumber": .flag(\.isNumber), "isBoolean": .flag(\.isBoolean), "isTimestamp": .flag(\.isTimestamp),
        "isSnowflake": .flag(\.isSnowflake),
        "isAnyObject": .flag(\.isAnyObject), "isAny": .flag(\.isAny), "isNull": .flag(\.isNull),
        "isConstant": .flag(\.isConstant),
        "isNamed": .flag(\.isNamed), "isArray": .flag(\.isArray), "constant": .text(\.constant),
        "typeName": .text(\.typeName), "requirement": .text(\.requirement), "element": .model(\.element),
    ]
}

/// An enumeration.
struct EnumValidatorViewModel: TemplateViewModel {
    var doc: ValidatorDocViewModel
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var runtime: String
    /// Where the docs describe the type (`file:line`), escaped for a string literal.
    var location: String
    /// The type's name, escaped for a string literal.
    var typeNameText: String
    /// Whether the values are integers (otherwise strings).
    var isInteger: Bool
    /// Whether the type is a set of flags, whose values combine any bits (``values`` is not checked).
    var isFlags: Bool
    /// Whether the set of flags is sent as a string of digits.
    var flagsAsString: Bool
    /// The documented values: integer literals, or strings escaped for string literals.
    var values: [String]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "doc": .model(\.doc), "access": .text(\.access), "name": .text(\.name),
        "qualifiedName": .text(\.qualifiedName), "runtime": .text(\.runtime), "location": .text(\.location),
        "typeNameText": .text(\.typeNameText), "isInteger": .flag(\.isInteger), "values": .texts(\.values),
        "isFlags": .flag(\.isFlags), "flagsAsString": .flag(\.flagsAsString),
    ]
}

/// A union of types.
struct UnionValidatorViewModel: TemplateViewModel {
    var doc: ValidatorDocViewModel
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var runtime: String
    /// Where the docs describe the type (`file:line`), escaped for a string literal.
    var location: String
    /// What the union expects, for its issue (`a string or an integer`), escaped for a string literal.
    var expected: String
    /// Every member's checks, in the order they are tried (at least one member).
    var allMembers: [MemberCaseViewModel]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "doc": .model(\.doc), "access": .text(\.access), "name": .text(\.name),
        "qualifiedName": .text(\.qualifiedName), "runtime": .text(\.runtime), "location": .text(\.location),
        "expected": .text(\.expected), "allMembers": .model(\.allMembers),
        // The members before the last, then the last.
        "memberCount": .derivedText { String($0.allMembers.count) },
        "members": .derivedModels { Array($0.allMembers.dropLast()) },
        "lastMember": .derivedModel { $0.allMembers.last },
    ]
}

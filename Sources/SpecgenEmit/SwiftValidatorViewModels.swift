// View models of the validator templates (`Templates/validators.swift.mustache` and its `validator-*` partials):
// flat values of precomputed strings and Booleans. Every key a template uses is defined on the view model it
// renders, because Mustache looks a missing key up in the enclosing contexts. Swift statements that depend on the
// shape of a type reference (arrays nest) are precomputed as lines.

/// One generated validators file.
struct ValidatorFileViewModel {
    var sourcePath: String
    var imports: [String]
    var types: [ValidatorTypeViewModel]
}

/// One type's validators: exactly one of the kinds is set.
struct ValidatorTypeViewModel {
    var object: ObjectValidatorViewModel?
    var enumeration: EnumValidatorViewModel?
    var union: UnionValidatorViewModel?
}

/// An object type or an event set.
struct ObjectValidatorViewModel {
    var docLines: [String]
    var access: String
    var name: String
    var runtime: String
    var locationLiteral: String
    var typeNameLiteral: String
    /// Whether a tag (`name`, `event`) selects rules.
    var isTagged: Bool
    var tagKey: String
    var tagKeyLiteral: String
    /// `"value",` lines.
    var tagValueLines: [String]
    /// Whether a tagged case checks the whole object again (a frame event), which needs its start offset.
    var needsStart: Bool
    var dispatch: [DispatchViewModel]
    var baseFunctionName: String
    var requirements: [RequirementViewModel]
    var walks: [WalkViewModel]
}

/// One documented tag value and the function that checks its members.
struct DispatchViewModel {
    /// The `case` pattern (`0?`).
    var pattern: String
    var functionName: String
    /// Statements that check the whole object again afterwards.
    var wholeCheckLines: [String]
}

/// Extra keys an event requires of its payload.
struct RequirementViewModel {
    var name: String
    var runtime: String
    var summary: String
    /// `.init("key", location: "…"),` lines.
    var entryLines: [String]
}

/// The members of an object in one case.
struct WalkViewModel {
    var functionName: String
    var rulesName: String
    var runtime: String
    var typeNameLiteral: String
    var summary: String
    /// `.init("key", required: true, location: "…"),` lines.
    var memberLines: [String]
    var cases: [MemberCaseViewModel]
}

/// The statements that check one member's value.
struct MemberCaseViewModel {
    var index: String
    var lines: [String]
}

/// An enumeration.
struct EnumValidatorViewModel {
    var docLines: [String]
    var access: String
    var name: String
    var runtime: String
    var locationLiteral: String
    /// The `JSONEnumRule` initializer's arguments before `location:` (`typeName: "X", strings: [`).
    var ruleHead: String
    /// `"value",` lines.
    var valueLines: [String]
}

/// A union of types.
struct UnionValidatorViewModel {
    var docLines: [String]
    var access: String
    var name: String
    var runtime: String
    var locationLiteral: String
    var expectedLiteral: String
    var memberCount: String
    var members: [MemberCaseViewModel]
    var lastMember: MemberCaseViewModel
}

// View models of the validator templates (`Templates/validators.swift.mustache` and its `validator-*` partials):
// flat values of precomputed strings and Booleans. Every key a template uses is defined on the view model it
// renders, because Mustache looks a missing key up in the enclosing contexts. Swift statements that depend on the
// shape of a type reference (arrays nest) are precomputed as lines.

/// One generated validators file.
final class ValidatorFileViewModel {
    var sourcePath: String
    var imports: [String]
    var types: [ValidatorTypeViewModel]

    init(sourcePath: String, imports: [String], types: [ValidatorTypeViewModel]) {
        self.sourcePath = sourcePath
        self.imports = imports
        self.types = types
    }
}

/// One type's validators: exactly one of the kinds is set.
final class ValidatorTypeViewModel {
    var object: ObjectValidatorViewModel?
    var enumeration: EnumValidatorViewModel?
    var union: UnionValidatorViewModel?

    init(
        object: ObjectValidatorViewModel? = nil, enumeration: EnumValidatorViewModel? = nil,
        union: UnionValidatorViewModel? = nil
    ) {
        self.object = object
        self.enumeration = enumeration
        self.union = union
    }
}

/// An object type or an event set.
final class ObjectValidatorViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
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

    init(
        docLines: [String], access: String, name: String, qualifiedName: String, runtime: String,
        locationLiteral: String, typeNameLiteral: String, isTagged: Bool, tagKey: String, tagKeyLiteral: String,
        tagValueLines: [String], needsStart: Bool, dispatch: [DispatchViewModel], baseFunctionName: String,
        requirements: [RequirementViewModel], walks: [WalkViewModel]
    ) {
        self.docLines = docLines
        self.access = access
        self.name = name
        self.qualifiedName = qualifiedName
        self.runtime = runtime
        self.locationLiteral = locationLiteral
        self.typeNameLiteral = typeNameLiteral
        self.isTagged = isTagged
        self.tagKey = tagKey
        self.tagKeyLiteral = tagKeyLiteral
        self.tagValueLines = tagValueLines
        self.needsStart = needsStart
        self.dispatch = dispatch
        self.baseFunctionName = baseFunctionName
        self.requirements = requirements
        self.walks = walks
    }
}

/// One documented tag value and the function that checks its members.
final class DispatchViewModel {
    /// The `case` pattern (`0?`).
    var pattern: String
    var functionName: String
    /// Statements that check the whole object again afterwards.
    var wholeCheckLines: [String]

    init(pattern: String, functionName: String, wholeCheckLines: [String]) {
        self.pattern = pattern
        self.functionName = functionName
        self.wholeCheckLines = wholeCheckLines
    }
}

/// Extra keys an event requires of its payload.
final class RequirementViewModel {
    var name: String
    var runtime: String
    var summary: String
    /// `.init("key", location: "…"),` lines.
    var entryLines: [String]

    init(name: String, runtime: String, summary: String, entryLines: [String]) {
        self.name = name
        self.runtime = runtime
        self.summary = summary
        self.entryLines = entryLines
    }
}

/// The members of an object in one case.
final class WalkViewModel {
    var functionName: String
    var rulesName: String
    var runtime: String
    var typeNameLiteral: String
    var summary: String
    /// `.init("key", required: true, location: "…"),` lines.
    var memberLines: [String]
    var cases: [MemberCaseViewModel]

    init(
        functionName: String, rulesName: String, runtime: String, typeNameLiteral: String, summary: String,
        memberLines: [String], cases: [MemberCaseViewModel]
    ) {
        self.functionName = functionName
        self.rulesName = rulesName
        self.runtime = runtime
        self.typeNameLiteral = typeNameLiteral
        self.summary = summary
        self.memberLines = memberLines
        self.cases = cases
    }
}

/// The statements that check one member's value.
final class MemberCaseViewModel {
    var index: String
    var lines: [String]

    init(index: String, lines: [String]) {
        self.index = index
        self.lines = lines
    }
}

/// An enumeration.
final class EnumValidatorViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var runtime: String
    var locationLiteral: String
    /// The type's name as a string literal (`"X"`).
    var typeNameLiteral: String
    /// The `JSONEnumRule` initializer's label for the values: `strings` or `integers`.
    var valuesLabel: String
    /// `"value",` lines.
    var valueLines: [String]

    init(
        docLines: [String], access: String, name: String, qualifiedName: String, runtime: String,
        locationLiteral: String, typeNameLiteral: String, valuesLabel: String, valueLines: [String]
    ) {
        self.docLines = docLines
        self.access = access
        self.name = name
        self.qualifiedName = qualifiedName
        self.runtime = runtime
        self.locationLiteral = locationLiteral
        self.typeNameLiteral = typeNameLiteral
        self.valuesLabel = valuesLabel
        self.valueLines = valueLines
    }
}

/// A union of types.
final class UnionValidatorViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var runtime: String
    var locationLiteral: String
    var expectedLiteral: String
    var memberCount: String
    var members: [MemberCaseViewModel]
    var lastMember: MemberCaseViewModel

    init(
        docLines: [String], access: String, name: String, qualifiedName: String, runtime: String,
        locationLiteral: String, expectedLiteral: String, memberCount: String, members: [MemberCaseViewModel],
        lastMember: MemberCaseViewModel
    ) {
        self.docLines = docLines
        self.access = access
        self.name = name
        self.qualifiedName = qualifiedName
        self.runtime = runtime
        self.locationLiteral = locationLiteral
        self.expectedLiteral = expectedLiteral
        self.memberCount = memberCount
        self.members = members
        self.lastMember = lastMember
    }
}

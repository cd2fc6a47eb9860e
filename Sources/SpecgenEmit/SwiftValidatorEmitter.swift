import SpecgenIR
import SpecgenSupport

/// Emits the Swift validators: for each document, `<Base>+Validation.swift` with an extension per type that adds
/// `static func validate(json:) -> [ValidationIssue]`, through the `validators.swift` template.
///
/// Validators follow ``ValidationPlan``, the same plan `specgen validate` walks. They read the payload once with
/// the runtime's `JSONValidationReader`: keys are looked up in per-type tables without making strings, required
/// keys are tracked in bit sets, and nothing is decoded into a tree.
public struct SwiftValidatorEmitter: Sendable {
    let templates: TemplateSet
    let options: EmitOptions

    /// Creates an emitter.
    public init(templates: TemplateSet, options: EmitOptions = EmitOptions()) {
        self.templates = templates
        self.options = options
    }

    /// Renders the validators of one document.
    ///
    /// - Parameters:
    ///   - path: The document's display path.
    ///   - types: The types it owns, in schema order, as the Swift pass gives them (from `swift`).
    ///   - swift: The whole schema after the Swift pass (validators follow references into other documents' types,
    ///     and name their helpers after the Swift case names).
    ///   - baseName: The output file's base name.
    /// - Returns: The file `<baseName>+Validation.swift`.
    public func emitFile(for path: String, types: [SchemaType], in swift: SwiftSchema, baseName: String) throws
        -> RenderedFile
    {
        let model = ValidatorFileViewModel(
            sourcePath: path, imports: ["Foundation", runtime].sorted(),
            types: types.map { viewModel(for: $0, in: swift.schema) })
        return RenderedFile(
            name: OutputKind.validators.fileName(base: baseName),
            contents: try templates.render(model, template: "validators.swift"))
    }

    // MARK: - View models

    /// The access level of `validate(json:)`.
    var access: String { options.accessModifier.rawValue }
    /// The runtime module's name.
    var runtime: String { options.runtimeModule }

    /// The view model of one type's validators.
    func viewModel(for type: SchemaType, in schema: Schema) -> ValidatorTypeViewModel {
        let docLines =
            SwiftSyntax.docLines(
                summary: "Checks a JSON document against the docs' rules for ``\(type.name)``.",
                details: [
                    "Keys the docs do not list are allowed; everything else they say is checked: required keys, `null`, "
                        + "JSON types, documented values."
                        + (options.sourceLocations.text(for: type.location).map { " The rules come from `\($0)`." }
                            ?? "")
                ]) + [
                "///",
                "/// - Parameter json: The document's bytes (UTF-8).",
                "/// - Returns: Every place the document departs from the docs, in document order; empty when it conforms.",
            ]
        let location = SwiftSyntax.stringLiteral(type.location.fileLine)
        switch type.kind {
        case .object, .eventSet:
            let plan = ValidationPlan.objectPlan(for: type, in: schema)!
            return ValidatorTypeViewModel(object: objectViewModel(type, plan, docLines: docLines, location: location))
        case .enumeration(let enumeration):
            let values = enumeration.cases.map { value in
                (enumeration.isInteger
                    ? SwiftSyntax.integerLiteral(value.value) : SwiftSyntax.stringLiteral(value.value))
                    + ","
            }
            return ValidatorTypeViewModel(
                enumeration: EnumValidatorViewModel(
                    docLines: docLines, access: access, name: type.name, qualifiedName: options.qualified(type.name),
                    runtime: runtime, locationLiteral: location,
                    typeNameLiteral: SwiftSyntax.stringLiteral(type.name),
                    valuesLabel: enumeration.isInteger ? "integers" : "strings", valueLines: values))
        case .union(let union):
            var requirements = RequirementCollector()
            let members = union.members.enumerated().map { index, member in
                MemberCaseViewModel(
                    index: String(index),
                    lines: checkLines(
                        ValidationPlan.rule(for: member.type), nullable: false, location: "location",
                        requirements: &requirements, hint: ""))
            }
            return ValidatorTypeViewModel(
                union: UnionValidatorViewModel(
                    docLines: docLines, access: access, name: type.name, qualifiedName: options.qualified(type.name),
                    runtime: runtime, locationLiteral: location,
                    expectedLiteral: SwiftSyntax.stringLiteral(ValidationPlan.expectation(for: union)),
                    memberCount: String(members.count), members: Array(members.dropLast()), lastMember: members.last!))
        }
    }

    /// The view model of an object type or event set, with one walk per case.
    func objectViewModel(_ type: SchemaType, _ plan: ObjectPlan, docLines: [String], location: String)
        -> ObjectValidatorViewModel
    {
        var requirements = RequirementCollector()
        var functionNames = SwiftNaming.Uniquer()
        let baseName = functionNames.claim("specgenValidateMembers")
        var walks = [
            walkViewModel(
                type, plan.base, functionName: baseName, rulesName: "specgenMembers",
                summary: plan.tagged.isEmpty ? "" : " when no documented tag applies",
                requirements: &requirements, hint: "")
        ]
        var dispatch: [DispatchViewModel] = []
        for (index, tagged) in plan.tagged.enumerated() {
            // `_2nd` (a tag that starts with a digit) gives `2nd`: Swift names have no inner underscores.
            let suffix = upperFirst(String(tagged.caseName.drop { $0 == "_" }))
            let functionName = functionNames.claim("specgenValidateMembers" + suffix)
            let rulesName = "specgenMembers" + functionName.dropFirst("specgenValidateMembers".count)
            walks.append(
                walkViewModel(
                    type, tagged.walk, functionName: functionName, rulesName: rulesName,
                    summary: " when `\(plan.discriminator ?? "")` is `\(tagged.tag)`", requirements: &requirements,
                    hint: suffix))
            var whole: [String] = []
            for check in tagged.walk.wholeChecks {
                whole.append("reader.rewind(to: start)")
                whole += checkLines(
                    check.rule, nullable: check.isNullable,
                    location: SwiftSyntax.stringLiteral(check.location.fileLine),
                    requirements: &requirements, hint: suffix)
            }
            dispatch.append(
                DispatchViewModel(
                    pattern: "\(index)?", functionName: functionName,
                    wholeCheckLines: whole))
        }
        let discriminator = plan.discriminator ?? ""
        return ObjectValidatorViewModel(
            docLines: docLines, access: access, name: type.name, qualifiedName: options.qualified(type.name),
            runtime: runtime, locationLiteral: location,
            typeNameLiteral: SwiftSyntax.stringLiteral(type.name), isTagged: !plan.tagged.isEmpty,
            tagKey: discriminator, tagKeyLiteral: SwiftSyntax.stringLiteral(discriminator),
            tagValueLines: plan.tagged.map { SwiftSyntax.stringLiteral($0.tag) + "," },
            needsStart: plan.tagged.contains { !$0.walk.wholeChecks.isEmpty }, dispatch: dispatch,
            baseFunctionName: baseName, requirements: requirements.declarations(runtime: runtime), walks: walks)
    }

    /// The view model of one walk: its rule table and the checks of its members.
    func walkViewModel(
        _ type: SchemaType, _ walk: ObjectWalk, functionName: String, rulesName: String,
        summary: String, requirements: inout RequirementCollector, hint: String
    ) -> WalkViewModel {
        var memberLines: [String] = []
        var cases: [MemberCaseViewModel] = []
        for (index, member) in walk.members.enumerated() {
            let location =
                (member.requiredAt ?? member.checks.first?.location).map { $0.fileLine } ?? type.location.fileLine
            memberLines.append(
                ".init(\(SwiftSyntax.stringLiteral(member.jsonName)), required: \(member.requiredAt != nil), "
                    + "location: \(SwiftSyntax.stringLiteral(location))),")
            guard !member.checks.isEmpty else { continue }
            var lines: [String] = []
            if member.checks.count > 1 { lines.append("let start = reader.valueOffset()") }
            for (k, check) in member.checks.enumerated() {
                if k > 0 { lines.append("reader.rewind(to: start)") }
                lines += checkLines(
                    check.rule, nullable: check.isNullable,
                    location: SwiftSyntax.stringLiteral(check.location.fileLine),
                    requirements: &requirements, hint: hint)
            }
            cases.append(MemberCaseViewModel(index: String(index), lines: lines))
        }
        return WalkViewModel(
            functionName: functionName, rulesName: rulesName, runtime: runtime,
            typeNameLiteral: SwiftSyntax.stringLiteral(type.name), summary: summary, memberLines: memberLines,
            cases: cases)
    }

    /// The statements that check one value against a rule; `location` is a Swift expression.
    func checkLines(
        _ rule: ValueRule, nullable: Bool, location: String, requirements: inout RequirementCollector,
        hint: String
    ) -> [String] {
        let arguments = "nullable: \(nullable), location: \(location)"
        switch rule {
        case .string: return ["try reader.checkString(\(arguments))"]
        case .integer: return ["try reader.checkInteger(\(arguments))"]
        case .number: return ["try reader.checkNumber(\(arguments))"]
        case .boolean: return ["try reader.checkBoolean(\(arguments))"]
        case .timestamp: return ["try reader.checkTimestamp(\(arguments))"]
        case .anyObject: return ["try reader.checkObject(\(arguments))"]
        case .any: return ["try reader.skipValue()"]
        case .constant(let value):
            return ["try reader.checkConstant(\(SwiftSyntax.stringLiteral(value)), \(arguments))"]
        case .named(let name, let requiring):
            let type = options.qualified(name)
            guard !requiring.isEmpty else { return ["try \(type).specgenValidate(&reader, \(arguments))"] }
            let requirement = requirements.name(for: requiring, hint: hint)
            return ["try \(type).specgenValidate(&reader, \(arguments), requiring: Self.\(requirement))"]
        case .array(let element):
            let inner = checkLines(
                element, nullable: false, location: location, requirements: &requirements,
                hint: hint)
            return ["if try reader.beginArray(\(arguments)) {", "    while try reader.nextElement() {"]
                + inner.map { "        " + $0 } + ["    }", "}"]
        }
    }

    /// The name with its first letter upper-cased.
    func upperFirst(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.uppercased() + name.dropFirst()
    }
}

/// Names the `JSONRequirements` constants a type's validators use, one per distinct set of keys.
struct RequirementCollector {
    private var entries: [(name: String, attributes: [RequiredAttribute])] = []
    private var names = SwiftNaming.Uniquer()

    /// The constant's name for a set of keys (the same set gets the same constant).
    mutating func name(for attributes: [RequiredAttribute], hint: String) -> String {
        if let existing = entries.first(where: { $0.attributes == attributes }) { return existing.name }
        let name = names.claim("specgenRequired" + hint)
        entries.append((name, attributes))
        return name
    }

    /// The constants to declare.
    func declarations(runtime: String) -> [RequirementViewModel] {
        entries.map { entry in
            RequirementViewModel(
                name: entry.name, runtime: runtime,
                summary: entry.attributes.map { "`\($0.jsonName)`" }.joined(separator: ", "),
                entryLines: entry.attributes.map {
                    ".init(\(SwiftSyntax.stringLiteral($0.jsonName)), location: "
                        + "\(SwiftSyntax.stringLiteral($0.location.fileLine))),"
                })
        }
    }
}

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
            types: types.map { viewModel(for: $0, in: swift) })
        return RenderedFile(
            name: OutputKind.validators.fileName(base: baseName),
            bytes: try templates.renderBytes(model, template: "validators.swift"))
    }

    // MARK: - View models

    /// The access level of `validate(json:)`.
    var access: String { options.accessModifier.rawValue }
    /// The runtime module's name.
    var runtime: String { options.runtimeModule }

    /// The view model of one type's validators.
    func viewModel(for type: SchemaType, in swift: SwiftSchema) -> ValidatorTypeViewModel {
        let schema = swift.schema
        let name = swift.typeName(of: type)
        let doc = ValidatorDocViewModel(
            name: name, rulesSource: options.sourceLocations.text(for: type.location) ?? "")
        let location = SwiftSyntax.stringContents(type.location.fileLine)
        switch type.kind {
        case .object, .eventSet:
            let plan = ValidationPlan.objectPlan(for: type, in: schema)!
            return ValidatorTypeViewModel(
                object: objectViewModel(type, plan, in: swift, doc: doc, location: location))
        case .enumeration(let enumeration):
            return ValidatorTypeViewModel(
                enumeration: EnumValidatorViewModel(
                    doc: doc, access: access, name: name, qualifiedName: options.qualified(name),
                    runtime: runtime, location: location, typeNameText: SwiftSyntax.stringContents(name),
                    isInteger: enumeration.isInteger, isFlags: enumeration.flags != nil,
                    flagsAsString: enumeration.flags == .string,
                    values: enumeration.cases.map { value in
                        enumeration.isInteger
                            ? SwiftSyntax.integerLiteral(value.value) : SwiftSyntax.stringContents(value.value)
                    }))
        case .union(let union) where union.tag != nil:
            return ValidatorTypeViewModel(
                taggedUnion: taggedUnionViewModel(type, union, union.tag!, doc: doc, location: location, in: swift))
        case .union(let union):
            var requirements = RequirementCollector()
            let members = union.members.enumerated().map { index, member in
                MemberCaseViewModel(
                    index: index,
                    checks: [
                        check(
                            ValidationPlan.rule(for: member.type), nullable: false, location: nil, in: swift,
                            requirements: &requirements, hint: "")
                    ])
            }
            return ValidatorTypeViewModel(
                union: UnionValidatorViewModel(
                    doc: doc, access: access, name: name, qualifiedName: options.qualified(name),
                    runtime: runtime, location: location,
                    expected: SwiftSyntax.stringContents(
                        ValidationPlan.expectation(for: union, typeName: swift.typeName(_:))),
                    allMembers: members))
        }
    }

    /// The view model of an object type or event set, with one walk per case.
    func objectViewModel(
        _ type: SchemaType, _ plan: ObjectPlan, in swift: SwiftSchema, doc: ValidatorDocViewModel, location: String
    ) -> ObjectValidatorViewModel {
        var requirements = RequirementCollector()
        var functionNames = SwiftNaming.Uniquer()
        let baseName = functionNames.claim("specgenValidateMembers")
        var walks = [
            walkViewModel(
                type, plan.base, functionName: baseName, rulesName: "specgenMembers",
                summary: plan.tagged.isEmpty ? "" : " when no documented tag applies", in: swift,
                requirements: &requirements, hint: "")
        ]
        var dispatch: [DispatchViewModel] = []
        for (index, tagged) in plan.tagged.enumerated() {
            // `_2nd` (a tag that starts with a digit) gives `2nd`: Swift names have no inner underscores. The
            // dispatch code's walk (a dispatched event without rules of its own) is `Dispatched`.
            let isDispatched = tagged.code != nil && tagged.code == plan.dispatch
            let caseName = isDispatched ? "dispatched" : swift.caseName(ofTag: tagged.tag, in: type)!
            let suffix = upperFirst(String(caseName.drop { $0 == "_" }))
            let functionName = functionNames.claim("specgenValidateMembers" + suffix)
            let rulesName = "specgenMembers" + functionName.dropFirst("specgenValidateMembers".count)
            walks.append(
                walkViewModel(
                    type, tagged.walk, functionName: functionName, rulesName: rulesName,
                    summary: isDispatched
                        ? " when `\(plan.codeKey ?? "")` is \(tagged.code ?? 0) and `\(tagged.tag)` has no rules of its own"
                        : tagged.code.map { " when `\(plan.codeKey ?? "")` is \($0) (\(tagged.tag))" }
                            ?? " when `\(plan.discriminator ?? "")` is `\(tagged.tag)`", in: swift,
                    requirements: &requirements,
                    hint: suffix))
            let wholeChecks = tagged.walk.wholeChecks.map { whole in
                check(
                    whole.rule, nullable: whole.isNullable, location: whole.location.fileLine, in: swift,
                    requirements: &requirements, hint: suffix)
            }
            dispatch.append(DispatchViewModel(index: index, functionName: functionName, wholeChecks: wholeChecks))
        }
        let discriminator = plan.discriminator ?? ""
        let name = swift.typeName(of: type)
        return ObjectValidatorViewModel(
            doc: doc, access: access, name: name, qualifiedName: options.qualified(name),
            runtime: runtime, location: location, typeNameText: SwiftSyntax.stringContents(name),
            isTagged: !plan.tagged.isEmpty, tagKey: discriminator,
            tagKeyText: SwiftSyntax.stringContents(discriminator),
            tagValues: plan.tagValues.map { SwiftSyntax.stringContents($0) },
            codeKeyText: plan.codeKey.map { SwiftSyntax.stringContents($0) } ?? "", codes: plan.codes,
            dispatchCode: plan.dispatch.map(String.init) ?? "",
            needsStart: plan.tagged.contains { !$0.walk.wholeChecks.isEmpty }, dispatch: dispatch,
            baseFunctionName: baseName, requirements: requirements.declarations(runtime: runtime), walks: walks)
    }

    /// The view model of one walk: its rule table and the checks of its members.
    func walkViewModel(
        _ type: SchemaType, _ walk: ObjectWalk, functionName: String, rulesName: String,
        summary: String, in swift: SwiftSchema, requirements: inout RequirementCollector, hint: String
    ) -> WalkViewModel {
        var members: [MemberRuleViewModel] = []
        var cases: [MemberCaseViewModel] = []
        for (index, member) in walk.members.enumerated() {
            let memberLocation = member.requiredAt ?? member.checks.first?.location
            let location = memberLocation.map { $0.fileLine } ?? type.location.fileLine
            members.append(
                MemberRuleViewModel(
                    key: SwiftSyntax.stringContents(member.jsonName), isRequired: member.requiredAt != nil,
                    location: SwiftSyntax.stringContents(location)))
            guard !member.checks.isEmpty else { continue }
            let checks = member.checks.map { memberCheck in
                // A check at the member's own line (most are) reuses its text rather than making it again.
                let atMember =
                    memberCheck.location.line == memberLocation?.line
                    && memberCheck.location.path == memberLocation?.path
                return check(
                    memberCheck.rule, nullable: memberCheck.isNullable,
                    location: atMember ? location : memberCheck.location.fileLine,
                    in: swift, requirements: &requirements, hint: hint)
            }
            cases.append(MemberCaseViewModel(index: index, checks: checks))
        }
        return WalkViewModel(
            functionName: functionName, rulesName: rulesName, runtime: runtime,
            typeNameText: SwiftSyntax.stringContents(swift.typeName(of: type)), summary: summary, members: members,
            cases: cases)
    }

    /// The check of one value against a rule.
    ///
    /// - Parameters:
    ///   - location: The docs' `file:line` the check reports at, or `nil` for the location its caller was given.
    ///   - swift: The Swift pass, which names the types the rule refers to.
    func check(
        _ rule: ValueRule, nullable: Bool, location: String?, in swift: SwiftSchema,
        requirements: inout RequirementCollector, hint: String
    ) -> CheckViewModel {
        var check = CheckViewModel(
            isNullable: nullable, usesCallerLocation: location == nil,
            location: location.map(SwiftSyntax.stringContents) ?? "")
        switch rule {
        case .string: check.isString = true
        case .integer: check.isInteger = true
        case .number: check.isNumber = true
        case .boolean: check.isBoolean = true
        case .timestamp: check.isTimestamp = true
        case .snowflake: check.isSnowflake = true
        case .anyObject: check.isAnyObject = true
        case .any: check.isAny = true
        case .null: check.isNull = true
        case .constant(let value):
            check.isConstant = true
            check.constant = SwiftSyntax.stringContents(value)
        case .named(let reference, let requiring):
            check.isNamed = true
            check.typeName = options.qualified(swift.typeName(reference))
            if !requiring.isEmpty { check.requirement = requirements.name(for: requiring, hint: hint) }
        case .array(let element):
            check.isArray = true
            check.element = [
                self.check(
                    element, nullable: false, location: location, in: swift, requirements: &requirements, hint: hint)
            ]
        }
        return check
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
                entries: entry.attributes.map {
                    RequiredKeyViewModel(
                        key: SwiftSyntax.stringContents($0.jsonName),
                        location: SwiftSyntax.stringContents($0.location.fileLine))
                })
        }
    }
}

"""The mutations Scripts/mutate.py plants, one at a time: small, realistic bugs across the stages.

Each entry: `id`; `file` (from the repository root); `find`, an exact snippet that must occur in the file exactly
once; `replace`, what it becomes; `description`, the bug in a few words; `filters`, the `swift test --filter`
patterns of the tests meant to catch it (used with --relevant). A mutation whose snippet no longer matches is
reported as stale: update it when the code it mutates changes.
"""

MUTATIONS = [
    # MARK: Markdown tables
    {
        "id": "table-escaped-trailing-pipe",
        "file": "Sources/SpecgenMarkdown/TableRecognizer.swift",
        "find": 'bytes[end - 1] == UInt8(ascii: "|"), !isEscaped(bytes, at: end - 1, from: start) { end -= 1 }',
        "replace": 'bytes[end - 1] == UInt8(ascii: "|") { end -= 1 }',
        "description": "a cell ending in an escaped pipe loses it (read as the closing pipe)",
        "filters": ["TableCellTests", "TableFixtureTests", "TableSnippetTests"],
    },
    {
        "id": "table-backslash-parity",
        "file": "Sources/SpecgenMarkdown/TableRecognizer.swift",
        "find": "return backslashes % 2 == 1",
        "replace": "return backslashes > 0",
        "description": "an escaped backslash before the closing pipe escapes the pipe",
        "filters": ["TableCellTests", "TableFixtureTests", "TableSnippetTests"],
    },
    {
        "id": "table-keeps-empty-surplus",
        "file": "Sources/SpecgenMarkdown/TableRecognizer.swift",
        "find": "extra = rowCells[width...].filter { !$0.isEmpty }",
        "replace": "extra = Array(rowCells[width...])",
        "description": "empty cells beyond the header's width are kept as surplus cells",
        "filters": ["TableCellTests", "TableFixtureTests"],
    },
    # MARK: Dialect
    {
        "id": "grammar-null-first",
        "file": "Sources/SpecgenDialects/OsuTypeGrammar.swift",
        "find": "nullable = nullable || memberNullable",
        "replace": "nullable = memberNullable",
        "description": "`null` before the last member of a union is forgotten (`null \\| string` not nullable)",
        "filters": ["TypeSnippetTests", "SpecgenDialectsTests"],
    },
    {
        "id": "grammar-literal-nullable",
        "file": "Sources/SpecgenDialects/OsuTypeGrammar.swift",
        "find": "                    literals.append(content)\n                    nullable = true\n",
        "replace": "                    literals.append(content)\n",
        "description": "a `?` after the last code span of a literal union is ignored",
        "filters": ["SpecgenDialectsTests", "TypeSnippetTests"],
    },
    {
        "id": "dialect-event-suffix",
        "file": "Sources/SpecgenDialects/OsuDialect.swift",
        "find": 'if trimmed.lowercased().hasSuffix(" event") {',
        "replace": 'if trimmed.lowercased().hasSuffix(" events") {',
        "description": "an `x event` heading keeps the word `event` in the event's name",
        "filters": ["GoldenTests", "SpecgenDialectsTests"],
    },
    # MARK: SchemaBuilder
    {
        "id": "builder-loose-anchor-two-headings",
        "file": "Sources/SpecgenIR/SchemaBuilder.swift",
        "find": "            if candidates.count == 1 {\n                let found = describe(candidates[0])",
        "replace": "            if candidates.count >= 1 {\n                let found = describe(candidates[0])",
        "description": "a loose anchor that matches two headings is taken to mean the first",
        "filters": ["AnchorSnippetTests", "SchemaBuilderTests"],
    },
    {
        "id": "builder-enum-unknown-case",
        "file": "Sources/SpecgenIR/SchemaBuilder.swift",
        "find": 'unknownCaseName: names.claim("unknown"))',
        "replace": 'unknownCaseName: "unknown")',
        "description": "an enumeration's catch-all case is `unknown` even when a documented value is",
        "filters": ["EnumerationSnippetTests", "ConstructModelsTests", "GoldenTests"],
    },
    {
        "id": "builder-events-unknown-case",
        "file": "Sources/SpecgenIR/SchemaBuilder.swift",
        "find": 'let unknown = caseNames.claim("unknown")',
        "replace": 'let unknown = "unknown"',
        "description": "an events page's catch-all case is `unknown` even when an event is named so",
        "filters": ["EnumerationSnippetTests"],
    },
    {
        "id": "builder-union-with-any",
        "file": "Sources/SpecgenIR/SchemaBuilder.swift",
        "find": "            if unique.contains(.any) { return .any }\n",
        "replace": "",
        "description": "a union with an untyped member becomes a union instead of any value",
        "filters": ["SchemaBuilderTests"],
    },
    {
        "id": "builder-nullable-required",
        "file": "Sources/SpecgenIR/SchemaBuilder.swift",
        "find": "isRequired: field.presence == .required && !nullable,",
        "replace": "isRequired: field.presence == .required,",
        "description": "a nullable field's key is required although the server leaves it out",
        "filters": ["SchemaBuilderTests", "TypeSnippetTests", "AbsentNullTests"],
    },
    # MARK: ValidationPlan
    {
        "id": "plan-merge-required",
        "file": "Sources/SpecgenIR/ValidationPlan.swift",
        "find": "requiredAt: member.requiredAt ?? result[i].requiredAt)",
        "replace": "requiredAt: result[i].requiredAt)",
        "description": "a key a variant requires stays optional when the base has it as optional",
        "filters": ["ValidationPlanTests"],
    },
    {
        "id": "plan-integer-implies-number",
        "file": "Sources/SpecgenIR/ValidationPlan.swift",
        "find": "case (.timestamp, .string), (.constant, .string), (.integer, .number):",
        "replace": "case (.timestamp, .string), (.constant, .string):",
        "description": "an integer rule no longer implies a number rule (both are kept)",
        "filters": ["ValidationPlanTests"],
    },
    {
        "id": "plan-nullable-implies",
        "file": "Sources/SpecgenIR/ValidationPlan.swift",
        "find": "(!narrow.isNullable || wide.isNullable) && implies(narrow.rule, wide.rule, in: schema)",
        "replace": "implies(narrow.rule, wide.rule, in: schema)",
        "description": "a nullable check is taken to imply a non-null one",
        "filters": ["ValidationPlanTests"],
    },
    # MARK: Emitters
    {
        "id": "schema-nullable-type",
        "file": "Sources/SpecgenEmit/JSONSchemaEmitter.swift",
        "find": 'base.type = types + ["null"]',
        "replace": "base.type = types",
        "description": "the JSON Schema of a nullable scalar does not allow null",
        "filters": ["JSONSchemaEmitterTests", "TypeSnippetTests"],
    },
    {
        "id": "schema-required-all",
        "file": "Sources/SpecgenEmit/JSONSchemaEmitter.swift",
        "find": "let required = properties.filter(\\.isRequired).map(\\.jsonName)",
        "replace": "let required = properties.map(\\.jsonName)",
        "description": "the JSON Schema requires optional keys too",
        "filters": ["JSONSchemaEmitterTests", "TypeSnippetTests"],
    },
    {
        "id": "swift-enum-catch-all-name",
        "file": "Sources/SpecgenEmit/SwiftModelEmitter.swift",
        "find": "unknownCaseName: SwiftNaming.escaped(enumeration.unknownCaseName),",
        "replace": 'unknownCaseName: "unknown",',
        "description": "the Swift enum's catch-all case ignores the name the IR gives it",
        "filters": ["SwiftModelEmitterTests", "EnumerationSnippetTests"],
    },
    {
        "id": "validator-nullable-flag",
        "file": "Sources/SpecgenEmit/SwiftValidatorEmitter.swift",
        "find": 'let arguments = "nullable: \\(nullable), location: \\(location)"',
        "replace": 'let arguments = "nullable: false, location: \\(location)"',
        "description": "generated validators reject null everywhere",
        "filters": ["GoldenTests", "ConstructModelsTests"],
    },
    # MARK: Runtime
    {
        "id": "runtime-missing-key-pointer",
        "file": "Sources/SpecgenRuntime/JSONValidationReader.swift",
        "find": 'if let pointerSuffix { path += "/" + JSONValidationReader.escapePointerToken(pointerSuffix) }',
        "replace": 'if let pointerSuffix { path += "/" + pointerSuffix }',
        "description": "the JSON Pointer of a missing key with `/` or `~` is not escaped",
        "filters": ["ValidationSnippetTests", "ConstructModelsTests"],
    },
    {
        "id": "runtime-checked-object-trailing-comma",
        "file": "Sources/SpecgenRuntime/JSONValidationReader+Checks.swift",
        "find": "                byte = index < bytes.count ? bytes[index] : 0\n            }\n            guard byte == 0x22 else {",
        "replace": "                byte = index < bytes.count ? bytes[index] : 0\n                if byte == 0x7D {\n"
        "                    index += 1\n                    return nil\n                }\n            }\n"
        "            guard byte == 0x22 else {",
        "description": "a trailing comma in an object on the type-checking path is accepted",
        "filters": ["ValidationSnippetTests", "ConstructModelsTests", "SpecgenRuntimeTests"],
    },
    {
        "id": "runtime-null-for-string",
        "file": "Sources/SpecgenRuntime/JSONValidationReader+Checks.swift",
        "find": "        if byte == 0x22 {\n            _ = try scanString()\n        } else if byte == 0x6E && nullable {",
        "replace": "        if byte == 0x22 {\n            _ = try scanString()\n        } else if byte == 0x6E {",
        "description": "null passes as a string where the docs do not allow it",
        "filters": ["TypeSnippetTests", "SpecgenRuntimeTests", "ConstructModelsTests"],
    },
    {
        "id": "decoder-null-payload",
        "file": "Sources/SpecgenRuntime/JSONDecodingReader.swift",
        "find": '        guard try peekValue() == UInt8(ascii: "n") else { return false }\n        try literal("null")\n        return true',
        "replace": '        guard try peekValue() == UInt8(ascii: "n") else { return false }\n        return true',
        "description": "the fast decoder treats null as consumed without reading it",
        "filters": ["ConstructModelsTests", "SpecgenRuntimeTests"],
    },
    # MARK: Support
    {
        "id": "support-severity-order",
        "file": "Sources/SpecgenSupport/Diagnostic.swift",
        "find": "if a.severity != b.severity { return a.severity > b.severity }",
        "replace": "if a.severity != b.severity { return a.severity < b.severity }",
        "description": "at one location, notes print before errors",
        "filters": ["SpecgenSupportTests"],
    },
    {
        "id": "support-json-array-trailing-comma",
        "file": "Sources/SpecgenSupport/JSONText.swift",
        "find": 'if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw trailingComma("]") }',
        "replace": 'if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }',
        "description": "the lenient JSON reader accepts a trailing comma in an array",
        "filters": ["SpecgenSupportTests"],
    },
    # MARK: Output writer
    {
        "id": "output-manifest-inner-dotdot",
        "file": "Sources/specgen/OutputJournal.swift",
        "find": "if components.contains(\"..\") { return \"'\\(name)' leaves the output folder ('..')\" }",
        "replace": "if components.first == \"..\" { return \"'\\(name)' leaves the output folder ('..')\" }",
        "description": "a manifest entry `a/../../x` that points outside --out is trusted",
        "filters": ["OutputNamesTests"],
    },
    {
        "id": "output-manifest-absolute",
        "file": "Sources/specgen/OutputJournal.swift",
        "find": 'if name.hasPrefix("/") { return',
        "replace": 'if name.hasPrefix("//") { return',
        "description": "an absolute manifest entry is trusted",
        "filters": ["OutputNamesTests"],
    },
    # MARK: Configuration
    {
        "id": "config-quoted-bool",
        "file": "Sources/SpecgenConfig/ConfigurationReader.swift",
        "find": "if case .scalar(let text, false, _) = node {",
        "replace": "if case .scalar(let text, _, _) = node {",
        "description": "a quoted \"true\" is read as a boolean",
        "filters": ["ConfigurationScalarTests", "ConfigurationReaderTests"],
    },
    {
        "id": "config-namespace-keyword",
        "file": "Sources/SpecgenConfig/ConfigurationReader.swift",
        "find": 'if SwiftNaming.keywords.contains(name) { return "is a Swift keyword" }\n',
        "replace": "",
        "description": "a Swift keyword is accepted as the namespace",
        "filters": ["SpecgenConfigTests", "NamespaceCLITests"],
    },
    # MARK: Core
    {
        "id": "core-output-name-dotdot",
        "file": "Sources/SpecgenCore/Generator.swift",
        "find": '.filter { $0 != "." && $0 != ".." }',
        "replace": '.filter { $0 != "." }',
        "description": "an input path with `..` names its outputs after the `..`",
        "filters": ["OutputNamingTests", "OutputNamingFolderTests", "SpecgenPluginTests"],
    },
]

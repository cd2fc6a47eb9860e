import Foundation
import SpecgenCore
import SpecgenRuntime
import SpecgenTestSupport
import SpecgenValidation
import Testing

/// The generated validators agree with python-jsonschema on the emitted `schema.json`, payload by payload, and with
/// the validator `specgen validate` runs, issue by issue.
@Suite(.serialized) struct DifferentialTests {
    /// One line of the script's output.
    struct Payload: Decodable {
        var type: String
        var json: String
        var valid: Bool
        var origin: String
    }

    @Test(arguments: [GoldenModule.spec, GoldenModule.constructs].map(\.folder))
    func emittedSchemaIsValidForPythonJSONSchemaAndJSONSchemaRS(_ folder: String) throws {
        let result = try DifferentialScript.run(["check-schema", folder + "/schema.json"])
        #expect(result.status == 0, Comment(rawValue: DifferentialScript.failure(result)))
        #expect(result.stdout.contains("valid draft 2020-12"))
    }

    @Test func specValidatorsAgreeWithPythonJSONSchema() throws {
        try compare(GoldenModule.spec, minimumPayloads: 4000)
    }

    @Test func constructValidatorsAgreeWithPythonJSONSchema() throws {
        try compare(GoldenModule.constructs, minimumPayloads: 800)
    }

    func compare(_ module: GoldenModule, minimumPayloads: Int) throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("specgen-payloads-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try DifferentialScript.run(["payloads", module.schemaPath, output.path])
        try #require(result.status == 0, Comment(rawValue: DifferentialScript.failure(result)))
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        let schema = try module.readSchema()
        let interpreter = SchemaValidator(schema: schema, typeName: swiftTypeNames(of: schema))

        var verdicts: [String: (valid: Int, invalid: Int)] = [:]
        var disagreements: [String] = []
        var mismatches: [String] = []
        for line in lines {
            let payload = try JSONDecoder().decode(Payload.self, from: Data(line.utf8))
            let validate = try #require(module.validators[payload.type], "no validator for \(payload.type)")
            let data = Data(payload.json.utf8)
            let issues = validate(data)
            if let isValid = module.validityChecks[payload.type], isValid(data) != issues.isEmpty {
                disagreements.append(
                    "\(payload.type): isValid(json:) says \(!issues.isEmpty), validate(json:) finds \(issues.count) "
                        + "issues (\(payload.origin)): \(payload.json)")
            }
            if issues.isEmpty != payload.valid {
                disagreements.append(
                    "\(payload.type) \(payload.valid ? "valid" : "invalid") for python-jsonschema "
                        + "(\(payload.origin)): \(payload.json)\n    Swift: \(issues)")
            }
            if issues.contains(where: { $0.kind == .malformedJSON }) {
                disagreements.append(
                    "\(payload.type): the Swift reader rejects JSON that Python reads (\(payload.origin)): "
                        + "\(payload.json)\n    \(issues)")
            }
            let interpreted = interpreter.validate(data, as: payload.type)
            if interpreted != issues {
                mismatches.append(
                    "\(payload.type) (\(payload.origin)): \(payload.json)\n    generated: \(issues)\n"
                        + "    specgen validate: \(interpreted)")
            }
            var counts = verdicts[payload.type, default: (0, 0)]
            if payload.valid { counts.valid += 1 } else { counts.invalid += 1 }
            verdicts[payload.type] = counts
        }
        #expect(lines.count >= minimumPayloads, "only \(lines.count) payloads")
        if !disagreements.isEmpty {
            Issue.record(
                Comment(
                    rawValue: "\(disagreements.count) of \(lines.count) verdicts differ:\n"
                        + disagreements.prefix(15).joined(separator: "\n")))
        }
        if !mismatches.isEmpty {
            Issue.record(
                Comment(
                    rawValue: "\(mismatches.count) payloads get other issues from specgen validate:\n"
                        + mismatches.prefix(10).joined(separator: "\n")))
        }
        // `specgen validate` itself (the command, on a capture file) prints exactly the generated validators' issues.
        for type in ["WebsocketEvent", "Notification", "DrawingEvent", "Shape"] where module.validators[type] != nil {
            let texts = try lines.map { try JSONDecoder().decode(Payload.self, from: Data($0.utf8)) }
                .filter { $0.type == type && !$0.json.contains("\n") }.map(\.json)
            try expectCommandAgrees(module, type: type, payloads: texts)
        }
        // Every type was tried, with payloads the docs allow and payloads they forbid.
        #expect(Set(verdicts.keys) == Set(module.validators.keys))
        #expect(Set(module.validityChecks.keys).isSubset(of: Set(module.validators.keys)))
        for (type, counts) in verdicts.sorted(by: { $0.key < $1.key }) {
            #expect(counts.valid > 0 && counts.invalid > 0, "\(type): \(counts.valid) valid, \(counts.invalid) invalid")
        }
    }

    func expectCommandAgrees(_ module: GoldenModule, type: String, payloads: [String]) throws {
        #expect(payloads.count > 50, "\(payloads.count) payloads of \(type)")
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent(
            "specgen-capture-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: capture) }
        try Data(payloads.joined(separator: "\n").utf8).write(to: capture)
        let result = try SpecgenCommand.run([
            "validate", "--spec", module.docs, "--type", type, "--lines", capture.path,
        ])
        var expected = ""
        for (index, payload) in payloads.enumerated() {
            for issue in module.validators[type]!(Data(payload.utf8)) {
                expected += "\(capture.path):\(index + 1): \(issue)\n"
            }
        }
        #expect(result.status == (expected.isEmpty ? 0 : 1), "\(result.stderr)")
        if result.stdout != expected {
            Issue.record(
                Comment(
                    rawValue: "specgen validate printed other issues than the generated validators:\n"
                        + Diff.unified(expected: expected, actual: result.stdout)))
        }
    }

    /// The table of validators covers exactly the types of the schema.
    @Test(arguments: [GoldenModule.spec, GoldenModule.constructs].map(\.folder))
    func everyTypeHasAValidator(_ folder: String) throws {
        let module = folder == GoldenModule.spec.folder ? GoldenModule.spec : GoldenModule.constructs
        let data = try Data(contentsOf: Golden.repositoryRoot.appendingPathComponent(module.schemaPath))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: Any])
        #expect(Set(definitions.keys) == Set(module.validators.keys))
        #expect(Set(try module.readSchema().swiftTypeNames) == Set(module.validators.keys))
    }
}

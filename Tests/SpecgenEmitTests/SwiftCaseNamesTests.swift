import SpecgenIR
import SpecgenSupport
import Testing

@testable import SpecgenEmit

/// The Swift pass names the cases the IR leaves unnamed: enumeration values, union members, events and variants.
@Suite struct SwiftCaseNamesTests {
    func names(_ types: [SchemaType]) -> [String: [String]] {
        SwiftSchema(Schema(types: types)).caseNames
    }

    @Test func enumerationValuesBecomeLowerCamelCaseNumberedInOrder() {
        let names = names([
            Build.enumeration("Status", ["OPEN", "in_progress", "in-progress", "cover@2x", "2nd", "-1", "default"])
        ])
        // `in_progress` and `in-progress` make the same name: the later one is numbered. A keyword stays as it
        // is (the emitters write it with backticks).
        #expect(names["Status"] == ["open", "inProgress", "inProgress2", "cover2x", "_2nd", "minus1", "default"])
    }

    @Test func namesSwiftReservesOrEveryEnumerationHasAreNumbered() {
        let names = names([Build.enumeration("Odd", ["self", "init", "rawValue", "knownCases", "Self", "unknown"])])
        #expect(names["Odd"] == ["self2", "init2", "rawValue2", "knownCases2", "self3", "unknown"])
    }

    @Test func integerValuesAreNamedByTheirLabels() {
        let names = names([
            Build.enumeration("Mode", ["0", "1", "2"], labels: ["osu!", nil, "Catch the Beat"], integer: true)
        ])
        #expect(names["Mode"] == ["osu", "_1", "catchTheBeat"])
    }

    @Test func unionMembersAreNamedByTheirTypes() {
        let names = names([
            Build.union("Value", [.named("ChatChannel"), .array(.named("User")), .string, .any, .array(.string)]),
            Build.object("ChatChannel", []), Build.object("User", []),
        ])
        #expect(names["Value"] == ["chatChannel", "userList", "string", "value", "stringList"])
    }

    @Test func eventsAreNamedByTheirWireNamesPastTheNameProperty() {
        let names = names([
            Build.events("Message", [("chat.message.new", nil), ("name", nil), ("chat_message_new", nil)])
        ])
        #expect(names["Message"] == ["chatMessageNew", "name2", "chatMessageNew2"])
    }

    /// Messages with an opcode also have `opcode` and `sequence` properties, which no case may shadow.
    @Test func opcodeEventsLeaveTheEnumsPropertiesFree() {
        let tag = OpcodeTag(key: "op", dispatch: 0, sequenceKey: "s")
        let types = [Build.events("Frame", [("SEQUENCE", nil), ("OPCODE", nil), ("NAME", nil)], opcode: tag)]
        let swift = SwiftSchema(Schema(types: types))
        #expect(swift.caseNames["Frame"] == ["sequence2", "opcode2", "name2"])
        #expect(swift.unknownCaseNames["Frame"] == "unknown")
        // Without an opcode the same names are free.
        #expect(
            names([Build.events("Plain", [("SEQUENCE", nil), ("OPCODE", nil)])])["Plain"] == ["sequence", "opcode"])
    }

    /// A variant's case is its tag's case in the tag enumeration, numbering included, so both enums agree.
    @Test func variantsTakeTheirTagsCaseNames() {
        let types = Build.tagged("Post", properties: [], tags: ["a-b", "a_b", "self"])
        let swift = SwiftSchema(Schema(types: types))
        #expect(swift.caseNames["PostKind"] == ["aB", "aB2", "self2"])
        #expect(swift.caseNames["Post"] == ["aB", "aB2", "self2"])
        #expect(swift.caseName(ofTag: "a_b", in: types[0]) == "aB2")
        #expect(swift.caseName(ofTag: "missing", in: types[0]) == nil)
        #expect(swift.variantMembers["Post"]?.otherCaseName == "other")
    }

    @Test func aTypeWithoutCasesHasNone() {
        let swift = SwiftSchema(Schema(types: [Build.object("User", [Build.property("id", .integer)])]))
        #expect(swift.caseNames["User"] == nil)
        #expect(swift.caseNames(of: swift.schema.types[0]).isEmpty)
    }

    /// The models and the IR dump print the pass's names.
    @Test func theModelsAndTheDumpUseThePassNames() throws {
        let schema = Schema(types: [
            Build.enumeration("Odd", ["self", "unknown"]),
            Build.events("Message", [("name", nil)]),
        ])
        let swift = SwiftSchema(schema)
        let file = try SwiftModelEmitter(templates: try TemplateSet())
            .emitFile(for: "a.md", types: swift.schema.types, in: swift, baseName: "A").contents
        #expect(file.contains("case self2\n"))
        #expect(file.contains("case \"self\": self = .self2"))
        #expect(file.contains("case unknown2(Swift.String)"))
        #expect(file.contains("case name2"))
        let dump = schema.dump(names: SwiftNameSettings(), locations: false)
        #expect(dump.contains("  .self2 = self\n"))
        #expect(dump.contains("  name .name2\n"))
    }
}

/// A run's Swift emitters share the pass their context works out.
@Suite struct SharedSwiftPassTests {
    @Test func aContextGivesThePassOfTheSchemaItIsAskedFor() {
        let context = EmitContext(documents: ["a.md"], dialectName: "osu")
        let first = Schema(types: [Build.enumeration("Status", ["open", "self"])])
        let second = Schema(types: [Build.events("Message", [("name", nil)])])
        let copy = context
        #expect(context.swiftSchema(of: first) == SwiftSchema(first))
        #expect(copy.swiftSchema(of: first) == SwiftSchema(first))
        // Another schema is not answered with the pass of the first.
        #expect(copy.swiftSchema(of: second) == SwiftSchema(second))
        #expect(context.swiftSchema(of: second).caseNames["Message"] == ["name2"])
        #expect(context.swiftSchema(of: first).caseNames["Status"] == ["open", "self2"])
    }
}

/// The documentation the docs do not give is written by the Swift pass, and the JSON Schema repeats it.
@Suite struct GeneratedSummaryTests {
    @Test func aTagEnumerationLinksThePropertyItTypes() throws {
        var types =
            Build.tagged("Post", properties: [], tags: ["reply"]) + [Build.enumeration("Status", ["open"])]
        types[2].summary = "The docs' own words."
        let schema = Schema(types: types)
        let swift = SwiftSchema(schema)
        #expect(swift.summary(of: types[1]) == "The values of ``Post/kind``.")
        #expect(swift.summary(of: types[0]) == nil)
        #expect(swift.summary(of: types[2]) == "The docs' own words.")
        #expect(
            swift.describing(schema).types.map(\.summary) == [
                nil, "The values of ``Post/kind``.", "The docs' own words.",
            ])

        let models = try SwiftModelEmitter(templates: try TemplateSet())
            .emitFile(for: "a.md", types: swift.schema.types, in: swift, baseName: "A").contents
        #expect(models.contains("/// The values of ``Post/kind``.\n"))
        let context = EmitContext(documents: ["a.md"], dialectName: "osu")
        let json = try JSONSchemaOutput().emit(schema, context: context, templates: try TemplateSet())
        #expect(json.first?.contents.contains("\"description\" : \"The values of ``Post/kind``.\"") == true)
    }
}

import SpecgenConfig
import SpecgenEmit
import SpecgenIR
import SpecgenSupport
import Testing

/// Reads a configuration and returns it with its diagnostics in compiler format.
func readConfiguration(_ text: String, path: String = "specgen.yml") -> (Configuration?, [String]) {
    let diagnostics = DiagnosticCollector()
    let configuration = ConfigurationReader().read(text, path: path, diagnostics: diagnostics)
    return (configuration, diagnostics.sorted.map(\.description))
}

@Suite struct ConfigurationReaderTests {
    @Test func readsEveryPart() throws {
        let (configuration, diagnostics) = readConfiguration(
            """
            inputs: [docs/, extra.md]
            dialect: osu
            accessModifier: package
            types:
              number: Int64
              float: Double
            typeNames:
              UserCompact.ProfileBanner: Banner
            fields:
              ChatChannel.channel_id: { swiftName: id, swiftType: UInt64 }
            overlays:
              - type: ChatChannelUserAttributes
                field: last_read_id
                set: { type: "integer?" }
                reason: null on a first join
              - type: ChannelType
                addValues: [TEAM, { value: GUILD, description: a guild }]
              - event: read
                replacePayload:
                  data:
                    - { name: read_count, type: integer }
                    - { name: timestamp, type: "[Timestamp](#timestamp)", presence: optional }
              - addEvent: connection.ready
                description: Sent once after the login.
            """)
        #expect(diagnostics == [])
        let c = try #require(configuration)
        #expect(c.inputs.map(\.value) == ["docs/", "extra.md"])
        #expect(c.inputs[1].range.start.description == "specgen.yml:1:17")
        #expect(c.dialect?.value == "osu")
        #expect(c.accessModifier == .package)
        #expect(c.primitiveTypes.map(\.primitive.value) == ["number", "float"])
        #expect(
            c.primitiveTypes[0].swiftType.value
                == SwiftTypeSetting(written: "Int64", swiftName: "Swift.Int64", kind: .integer))
        #expect(
            c.primitiveTypes[1].swiftType.value
                == SwiftTypeSetting(written: "Double", swiftName: "Swift.Double", kind: .floatingPoint))
        #expect(c.typeNames.first?.swiftName.value == "Banner")
        #expect(c.fields.first?.key.value == "ChatChannel.channel_id")
        #expect(c.fields.first?.swiftType?.value.kind == .integer)
        #expect(c.overlays.count == 4)
        guard case .type(let type, nil, let field?) = c.overlays[0].target else {
            Issue.record("not a field overlay: \(c.overlays[0].target)")
            return
        }
        #expect(type.value == "ChatChannelUserAttributes")
        #expect(field.value == "last_read_id")
        // A quoted type starts one column after its quote.
        #expect(c.overlays[0].set?.type?.range.start.description == "specgen.yml:14:19")
        #expect(c.overlays[1].addValues.map(\.value.value) == ["TEAM", "GUILD"])
        #expect(c.overlays[1].addValues[1].description == "a guild")
        guard case .data(let fields, _)? = c.overlays[2].payload else {
            Issue.record("not a data payload")
            return
        }
        #expect(fields.map(\.name.value) == ["read_count", "timestamp"])
        #expect(fields.map(\.presence) == [.required, .optional])
        #expect(c.overlays[3].description == "Sent once after the login.")
        guard case .none? = c.overlays[3].payload else {
            Issue.record("a new event without a payload carries nothing")
            return
        }
    }

    @Test func outputsAreReadAndChecked() throws {
        let (configuration, diagnostics) = readConfiguration("outputs: [models, schema]\n")
        #expect(diagnostics.isEmpty)
        #expect(configuration?.outputs?.map(\.value) == ["models", "schema"])
        #expect(readConfiguration("accessModifier: public\n").0?.outputs == nil)
        let (_, bad) = readConfiguration("outputs: [models, swift]\n")
        #expect(bad == ["specgen.yml:1:19: error: 'swift' is not an output; use one of: models, schema, validators"])
    }

    @Test func namespaceAndSourceLocations() {
        let (configuration, diagnostics) = readConfiguration("namespace: Osu\nsourceLocations: file\n")
        #expect(diagnostics.isEmpty)
        #expect(configuration?.namespace?.value == "Osu")
        #expect(configuration?.namespace?.range.start == SourceLocation(path: "specgen.yml", line: 1, column: 12))
        #expect(configuration?.sourceLocations == .file)
        let (plain, _) = readConfiguration("accessModifier: public\n")
        #expect(plain?.namespace == nil && plain?.sourceLocations == nil)
    }

    @Test func fastDecoders() {
        #expect(readConfiguration("fastDecoders: false\n").0?.fastDecoders == false)
        #expect(readConfiguration("fastDecoders: true\n").0?.fastDecoders == true)
        #expect(readConfiguration("accessModifier: public\n").0?.fastDecoders == nil)
        let (configuration, diagnostics) = readConfiguration("fastDecoders: no\n")
        #expect(diagnostics == ["specgen.yml:1:15: error: 'fastDecoders' must be true or false"])
        #expect(configuration?.fastDecoders == nil)
    }

    @Test(arguments: [
        (
            "namespace: 2fast",
            "specgen.yml:1:12: error: 'namespace' '2fast' is not a Swift identifier (letters, "
                + "digits and _, not starting with a digit)"
        ),
        (
            "namespace: Osu API",
            "specgen.yml:1:12: error: 'namespace' 'Osu API' is not a Swift identifier (letters, "
                + "digits and _, not starting with a digit)"
        ),
        ("namespace: [Osu]", "specgen.yml:1:12: error: 'namespace' must be text, not a list"),
        (
            "sourceLocations: lines",
            "specgen.yml:1:18: error: 'sourceLocations' is 'lines'; use one of: line, file, "
                + "none"
        ),
    ])
    func badNamespacesAndSourceLocationsAreLocatedErrors(text: String, expected: String) {
        let (configuration, diagnostics) = readConfiguration(text + "\n")
        #expect(diagnostics == [expected])
        #expect(configuration?.namespace == nil && configuration?.sourceLocations == nil)
    }

    /// Whether generated code can use a namespace is the Swift emitters' rule, which the settings apply
    /// (`SettingsTests`): the reader takes any identifier.
    @Test func aNamespaceIsReadAsAnIdentifier() {
        let (configuration, diagnostics) = readConfiguration("namespace: class\n")
        #expect(diagnostics == [])
        #expect(configuration?.namespace?.value == "class")
        #expect(configuration?.namespace?.range.start.description == "specgen.yml:1:12")
    }

    @Test func unknownKeysAreLocatedErrorsWithSuggestions() {
        let (_, diagnostics) = readConfiguration(
            """
            acessModifier: public
            overlays:
              - type: ChannelType
                addValue: [TEAM]
              - type: ChatChannel
                field: uuid
                set: { typ: "string?" }
            """)
        #expect(
            diagnostics == [
                "specgen.yml:1:1: error: unknown key 'acessModifier' in the configuration; did you mean 'accessModifier'? "
                    + "(expected one of: inputs, outputs, dialect, accessModifier, namespace, sourceLocations, "
                    + "fastDecoders, types, typeNames, fields, overlays)",
                "specgen.yml:4:5: error: unknown key 'addValue' in an overlay; did you mean 'addValues'? (expected one of: "
                    + "type, variant, event, addEvent, events, field, set, remove, addFields, addValues, replacePayload, "
                    + "payload, description, reason)",
                "specgen.yml:7:12: error: unknown key 'typ' in 'set'; did you mean 'type'? (expected one of: type, "
                    + "presence, description, swiftName, swiftType)",
            ])
    }

    @Test func badValuesAreLocatedErrors() {
        let (_, diagnostics) = readConfiguration(
            """
            accessModifier: open
            inputs: docs
            types:
              number: 12abc
            fields:
              channel_id: { swiftName: id }
              ChatChannel.name: { swiftName: "the name" }
            overlays:
              - type: ChatChannel
                field: uuid
                set: { type: [Timestamp], presence: sometimes }
              - type: ChatChannel
                remove: yes
            """)
        #expect(
            diagnostics == [
                "specgen.yml:1:17: error: 'accessModifier' is 'open'; use one of: public, package, internal",
                "specgen.yml:2:9: error: 'inputs' must be a list, not a scalar",
                "specgen.yml:4:11: error: the Swift type for 'number' '12abc' is not a Swift type name (such as Int64, "
                    + "Double or a type of your module)",
                "specgen.yml:6:3: error: 'channel_id' names no field; write the type's name, a dot and the field's name "
                    + "(ChatChannel.channel_id)",
                "specgen.yml:7:34: error: 'swiftName' 'the name' is not a Swift identifier (letters, digits and _, not "
                    + "starting with a digit)",
                "specgen.yml:11:18: error: a type is text written as in the docs; quote it "
                    + "(type: \"[Timestamp](#timestamp)\")",
                "specgen.yml:11:41: error: 'presence' is 'required' (the key is always there) or 'optional' (it may be "
                    + "absent), not 'sometimes'",
                "specgen.yml:13:13: error: 'remove' must be true or false",
            ])
    }

    @Test func overlaysThatDoNotHangTogetherAreErrors() {
        let (_, diagnostics) = readConfiguration(
            """
            overlays:
              - field: uuid
                set: { type: string }
              - type: ChatChannel
                event: read
                remove: true
              - type: ChatChannel
                field: uuid
                addFields: [{ name: x, type: integer }]
                set: { presence: optional }
              - type: ChatChannel
                set: { type: integer }
              - type: ChatChannel
              - addEvent: delete
                field: ids
                payload: { frame: [{ name: ids, type: "integer[]" }], with: [x] }
              - event: read
                replacePayload: { data: [{ name: ids }] }
            """)
        #expect(
            diagnostics == [
                "specgen.yml:2:5: error: an overlay needs one of 'type', 'event' or 'addEvent' to say what it corrects",
                "specgen.yml:4:5: error: an overlay applies to one thing; it has 'type' and 'event'",
                "specgen.yml:9:5: error: 'addFields' applies to the whole type; remove 'field' or move it to an overlay of "
                    + "its own",
                "specgen.yml:12:5: error: 'set: type' changes a field; add 'field' to say which",
                "specgen.yml:13:5: error: this overlay changes nothing; give 'set', 'addFields', 'addValues'",
                "specgen.yml:15:5: error: 'field' does not apply to a new event; give its 'payload' and 'description'",
                "specgen.yml:16:59: error: 'with' lists optional fields of a payload 'type'; it does not go with 'frame'",
                "specgen.yml:18:30: error: field 'ids' needs a 'type', written as in the docs (\"integer\", "
                    + "\"[Timestamp](#timestamp)\")",
            ])
    }

    @Test func syntaxErrorsAreLocated() {
        let (configuration, diagnostics) = readConfiguration("overlays:\n  - type: [unclosed\n")
        #expect(configuration == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].hasPrefix("specgen.yml:3:1: error: cannot read the configuration: "))
        let (_, link) = readConfiguration("overlays:\n  - { type: A, field: b, set: { type: [T](#t) } }\n")
        #expect(
            link == [
                "specgen.yml:2:42: error: cannot read the configuration: did not find expected ',' or '}' "
                    + "(while parsing a flow mapping); quote types written as links "
                    + "(type: \"[Timestamp](#timestamp)\")"
            ])
        let (_, duplicate) = readConfiguration("dialect: osu\ndialect: osu\n")
        #expect(
            duplicate == [
                "specgen.yml:1:1: error: cannot read the configuration: the key 'dialect' appears "
                    + "twice in one mapping"
            ])
    }

    @Test func readsJSONWithTabsAndPositions() throws {
        let json =
            "{\n\t\"accessModifier\": \"internal\",\n\t\"overlays\": [\n\t\t{\"type\":\"ChannelType\",\"addValues\":[\"TEAM\"]},\n\t\t{\"tipe\": \"X\"}\n\t]\n}\n"
        let (configuration, diagnostics) = readConfiguration(json, path: "specgen.json")
        #expect(
            diagnostics == [
                "specgen.json:5:4: error: unknown key 'tipe' in an overlay; did you mean 'type'? (expected one of: type, "
                    + "variant, event, addEvent, events, field, set, remove, addFields, addValues, replacePayload, "
                    + "payload, description, reason)"
            ])
        #expect(configuration?.accessModifier == .internal)
        #expect(configuration?.overlays.first?.addValues.first?.value.value == "TEAM")
    }

    @Test func columnsCountUTF8Bytes() {
        // "é" is two bytes: the key after it starts at byte column 15, character column 14.
        let (_, diagnostics) = readConfiguration("{ reason: é, oops: 1 }")
        #expect(diagnostics.last?.hasPrefix("specgen.yml:1:15: error: unknown key 'oops'") == true)
    }

    @Test func anEmptyFileIsAnEmptyConfiguration() {
        let (configuration, diagnostics) = readConfiguration("")
        #expect(diagnostics == [])
        #expect(configuration == Configuration(path: "specgen.yml"))
        let (onlyComments, _) = readConfiguration("# nothing yet\n")
        #expect(onlyComments == Configuration(path: "specgen.yml"))
    }

    @Test func swiftTypesAreClassified() throws {
        let (configuration, diagnostics) = readConfiguration(
            """
            types: { integer: Swift.UInt32, number: Float, string: String, boolean: Bool }
            fields: { A.b: { swiftType: MyModule.Identifier } }
            """)
        #expect(diagnostics == [])
        let kinds = try #require(configuration).primitiveTypes.map(\.swiftType.value.kind)
        #expect(kinds == [.integer, .floatingPoint, .string, .boolean])
        #expect(configuration?.primitiveTypes[0].swiftType.value.swiftName == "Swift.UInt32")
        #expect(configuration?.fields[0].swiftType?.value.kind == .custom)
        #expect(configuration?.fields[0].swiftType?.value.swiftName == "MyModule.Identifier")
    }
}

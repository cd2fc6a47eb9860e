import Testing

/// Scalars of the configuration file read as YAML says: a quoted `"true"` is text, not a boolean.
@Suite struct ConfigurationScalarTests {
    @Test func aQuotedTrueIsNotABoolean() {
        let overlay = "overlays:\n  - type: ChatChannel\n    field: uuid\n    remove: "
        #expect(readConfiguration(overlay + "true\n").1 == [])
        #expect(
            readConfiguration(overlay + "\"true\"\n").1 == ["specgen.yml:4:13: error: 'remove' must be true or false"])
        #expect(
            readConfiguration(overlay + "'false'\n").1 == ["specgen.yml:4:13: error: 'remove' must be true or false"])
    }
}

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

    /// A misspelt key gets a suggestion up to two edits away.
    @Test func aKeyTwoEditsAwayGetsASuggestion() {
        let (_, diagnostics) = readConfiguration("namspce: API\n")
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.hasPrefix(
                "specgen.yml:1:1: error: unknown key 'namspce' in the configuration; did you mean 'namespace'?")
                == true,
            "\(diagnostics)")
        let (_, far) = readConfiguration("nmspc: API\n")
        #expect(far.first?.contains("did you mean") == false, "\(far)")
    }
}

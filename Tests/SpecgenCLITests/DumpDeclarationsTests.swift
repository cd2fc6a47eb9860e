import Foundation
import SpecgenTestSupport
import Testing

/// `specgen dump --stage declarations`, and the dialect's file extensions when folders are searched.
@Suite struct DumpDeclarationsTests {
    @Test func printsTheDialectsDeclarationsOfEveryFileInPathOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "docs/b.md", "## Beta\n\nField | Type | Description\n--- | --- | ---\nid | integer? | the id\n")
        try folder.write("docs/a.md", "## Alpha\n\nValue | Description\n--- | ---\none | first\n")
        // Not a file of the osu! dialect: never read.
        try folder.write("docs/c.mdx", "## Gamma\n")
        let result = try SpecgenProcess.run(["dump", "--stage", "declarations", "docs"], in: folder.url)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                document docs/a.md
                  enum "Alpha" 1:1 #alpha
                    value "one" 5:1 "first"
                  table 3:1 values rows 1 for "Alpha"
                document docs/b.md
                  object "Beta" 1:1 #beta
                    field id: nullable(integer) required 5:1 "the id"
                  table 3:1 fields rows 1 typed for "Beta"

                """)
    }

    @Test func aFolderWithOnlyFilesOfAnotherDialectIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("docs/c.mdx", "## Gamma\n")
        let result = try SpecgenProcess.run(["dump", "--stage", "declarations", "docs"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no .md files in 'docs'"))
    }

    @Test func theDiscordDialectReadsMDXAndMarkdownFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "developers/resources/sku.mdx",
            "---\ntitle: SKU\n---\n\nimport {ManualAnchor} from '/snippets/manualanchor.jsx'\n\n### SKU Object\n\n"
                + "<ManualAnchor id=\"sku-object-sku-structure\" />\n###### SKU Structure\n\n"
                + "| Field | Type      | Description |\n|-------|-----------|-------------|\n"
                + "| id    | snowflake | the id      |\n| name? | ?string   | the name    |\n")
        try folder.write("developers/old.md", "### Old Object\n\n| Field | Type |\n|---|---|\n| a | integer |\n")
        let result = try SpecgenProcess.run(
            ["dump", "--stage", "declarations", "--dialect", "discord", "developers"], in: folder.url)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                document developers/old.md
                  object "Old" 1:1 #developers/old#old-object
                    field a: integer required 5:1
                  table 3:1 fields rows 1 typed for "Old"
                document developers/resources/sku.mdx
                  object "SKU" 7:1 #developers/resources/sku#sku-object #developers/resources/sku#sku-object-sku-structure \
                #developers/resources/sku#sku-structure
                    field id: snowflake required 14:1 "the id"
                    field name: nullable(string) optional 15:1 "the name"
                  table 12:1 fields rows 2 typed for "SKU"

                """)
    }

    /// The files searched for in folders are those of the dialect the settings choose: `--dialect` over the
    /// configuration's `dialect:` over the default.
    @Test func theDialectThatWinsChoosesTheFilesFound() throws {
        let folder = try TemporaryFolder()
        try folder.write("docs/a.mdx", "### Alpha Object\n\n| Field | Type |\n|---|---|\n| a | integer |\n")
        try folder.write("docs/specgen.yml", "dialect: osu\n")
        let configured = try SpecgenProcess.run(["dump", "--stage", "declarations", "docs"], in: folder.url)
        #expect(configured.status != 0)
        #expect(configured.stderr.contains("no .md files in 'docs'"), "\(configured.stderr)")
        let given = try SpecgenProcess.run(
            ["dump", "--stage", "declarations", "--dialect", "discord", "docs"], in: folder.url)
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout.hasPrefix("document docs/a.mdx\n  object \"Alpha\" 1:1"), "\(given.stdout)")
        // The configuration's dialect, when the command line names none.
        try folder.write("docs/specgen.yml", "dialect: discord\n")
        let discord = try SpecgenProcess.run(["dump", "--stage", "declarations", "docs"], in: folder.url)
        #expect(discord.status == 0, "\(discord.stderr)")
        #expect(discord.stdout == given.stdout)
        let osu = try SpecgenProcess.run(
            ["dump", "--stage", "declarations", "--dialect", "osu", "docs"], in: folder.url)
        #expect(osu.status != 0)
        #expect(osu.stderr.contains("no .md files in 'docs'"), "\(osu.stderr)")
    }
}

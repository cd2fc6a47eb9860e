import Foundation
import SpecgenTestSupport
import Testing

/// `specgen --dialect discord` reads the redirects of `docs.json` at the root of a folder given as input (it is not
/// a page): a link to a moved page reaches it, and a redirect out of the docs is a warning at the link.
@Suite struct DiscordSiteFilesCLITests {
    static let site = """
        {
          "redirects": [
            {"source": "/developers/topics/users", "destination": "/developers/resources/user"},
            {"source": "/developers/legal", "destination": "https://support-dev.discord.com/terms"}
          ]
        }
        """

    static let user = """
        ### User Object

        ###### User Structure

        | Field | Type      | Description   |
        |-------|-----------|---------------|
        | id    | snowflake | the user's id |

        """

    static let channel = """
        ### Channel Object

        ###### Channel Structure

        | Field  | Type                                                | Description     |
        |--------|-----------------------------------------------------|-----------------|
        | owner  | [user](/developers/topics/users#user-object) object | a moved page    |
        | lawyer | [user](/developers/legal#user-object) object        | leaves the docs |

        """

    func folder(site: String?) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        if let site { try folder.write("docs/docs.json", site) }
        try folder.write("docs/developers/resources/user.mdx", Self.user)
        try folder.write("docs/developers/resources/channel.mdx", Self.channel)
        return folder
    }

    @Test func docsJSONAtTheRootOfTheInputFolderRedirectsLinks() throws {
        let folder = try folder(site: Self.site)
        let result = try SpecgenProcess.run(
            ["dump", "--stage", "ir", "--dialect", "discord", "docs"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("owner: User"), "\(result.stdout)")
        #expect(
            result.stderr.contains(
                "docs/developers/resources/channel.mdx:8:12: warning: link '/developers/legal#user-object' leads "
                    + "outside the docs, to 'https://support-dev.discord.com/terms', by the redirects of "
                    + "docs/docs.json:4"), "\(result.stderr)")
        let plain = try self.folder(site: nil)
        let without = try SpecgenProcess.run(
            ["dump", "--stage", "ir", "--dialect", "discord", "docs"], in: plain.url)
        #expect(!without.stdout.contains("owner: User"), "\(without.stdout)")
    }

    @Test func aDocsJSONThatIsNotJSONIsALocatedError() throws {
        let folder = try folder(site: "{\n  \"redirects\": [\n")
        let result = try SpecgenProcess.run(
            ["dump", "--stage", "ir", "--dialect", "discord", "docs"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("docs/docs.json:"), "\(result.stderr)")
        #expect(result.stderr.contains("error: docs/docs.json is not JSON"), "\(result.stderr)")
    }
}

import SpecgenIR
import Testing

@Suite struct SwiftNamingTests {
    @Test(arguments: [
        ("avatar_url", "avatarURL"), ("cover@2x", "cover2x"), ("image@2x_url", "image2xURL"),
        ("previousUsername", "previousUsername"), ("PUBLIC", "public"), ("channel_id", "channelID"),
        ("2fa", "_2fa"), ("", "_"), ("user_ids", "userIDs"), ("HTMLPage", "htmlPage"), ("content_html", "contentHTML"),
        ("chat.channel.join", "chatChannelJoin"), ("-2", "minus2"), ("é", "e"), ("名前", "_"), ("🎉", "_"),
        ("naïve_café", "naiveCafe"), ("Größe", "grosse"), ("x-ray", "xRay"), ("ID", "id"),
        ("beatmapset_discussion_post_new", "beatmapsetDiscussionPostNew"), ("scoreRank", "scoreRank"),
    ])
    func memberNames(input: String, expected: String) {
        #expect(SwiftNaming.memberName(input) == expected)
    }

    @Test(arguments: [
        ("chat_channel", "ChatChannel"), ("Forum Topic", "ForumTopic"), ("_websocket_events", "WebsocketEvents"),
        ("user_id", "UserID"), ("Rank status", "RankStatus"), ("ChatChannel", "ChatChannel"), ("3d", "_3d"),
        ("MULTIPLAYER", "Multiplayer"), ("", "_"),
        // Latin letters are written in ASCII, the same on every platform; other characters separate words.
        ("Ünïcode", "Unicode"), ("Café", "Cafe"), ("Straße", "Strasse"), ("Æon", "Aeon"), ("Łódź", "Lodz"),
        ("İstanbul", "Istanbul"), ("ﬁle", "File"), ("ｆｕｌｌ", "Full"), ("U\u{308}nicode", "Unicode"),
        ("Þing", "Thing"), ("Ωmega", "Mega"), ("User 名前", "User"), ("名前", "_"), ("🎉", "_"), ("???", "_"),
    ])
    func typeNames(input: String, expected: String) {
        #expect(SwiftNaming.typeName(input) == expected)
    }

    @Test func onlyLatinLettersAndDigitsMakeAnIdentifier() {
        for name in ["名前", "🎉", "???", "Ωμέγα", "", "_", "«»"] {
            #expect(!SwiftNaming.hasIdentifierCharacters(name), "\(name)")
        }
        for name in ["é", "2", "ß", "名前2", "ｆ"] {
            #expect(SwiftNaming.hasIdentifierCharacters(name), "\(name)")
        }
        #expect(SwiftNaming.transliterated("Café 名前") == "Cafe   ")
        #expect(SwiftNaming.transliterated("plain ASCII") == "plain ASCII")
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftNaming.escaped("default") == "`default`")
        #expect(SwiftNaming.escaped("public") == "`public`")
        #expect(SwiftNaming.escaped("type") == "type")
        #expect(SwiftNaming.escaped("name") == "name")
    }

    @Test func uniquerIsDeterministicAndAvoidsReservedNames() {
        var names = SwiftNaming.Uniquer(reserved: ["self"])
        #expect(names.claim("self") == "self2")
        #expect(names.claim("cover2x") == "cover2x")
        #expect(names.claim("cover2x") == "cover2x2")
        #expect(names.claim("cover2x") == "cover2x3")
        #expect(names.isUsed("cover2x2"))
    }
}

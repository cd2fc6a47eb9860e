import SpecgenEmit
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

    @Test(arguments: [
        ("parent", "_parent"), ("_2fa", "_storage2fa"), ("_2", "_storage2"), ("default", "_default"),
    ])
    func storageNamesNeverStartWithTwoUnderscores(property: String, storage: String) {
        #expect(SwiftNaming.storageName(property) == storage)
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

    /// Room made for the names at the start changes none of them.
    @Test func uniquerWithRoomHandsOutTheSameNames() {
        let asked = ["self", "id", "id", "init", "id2", "id", "_", "name", "self", "name2", "name", "self2"]
        for capacity in [0, 1, 5, asked.count, 100] {
            var plain = SwiftNaming.Uniquer(reserved: SwiftNaming.reservedMemberNames)
            var roomy = SwiftNaming.Uniquer(reserved: SwiftNaming.reservedMemberNames, capacity: capacity)
            #expect(asked.map { plain.claim($0) } == asked.map { roomy.claim($0) })
            #expect(roomy.isUsed("init") && roomy.isUsed("id3") && !roomy.isUsed("id5"))
        }
    }
}

@Suite struct SubTypeNameTests {
    /// A sub-type keeps its parent's name in front unless its own name already starts with the parent's first word.
    @Test(arguments: [
        ("UserAccountHistory", "UserCompact", "UserAccountHistory"),
        ("UserBadge", "UserCompact", "UserBadge"),
        ("ProfileBanner", "UserCompact", "UserCompactProfileBanner"),
        ("RankHighest", "UserCompact", "UserCompactRankHighest"),
        ("UserAccountHistory", "User", "UserAccountHistory"),
        ("Failtimes", "Beatmap", "BeatmapFailtimes"),
        ("BeatmapOwner", "Beatmap", "BeatmapOwner"),
        // `Beatmapset` and `Beatmap` are different words.
        ("BeatmapOwner", "Beatmapset", "BeatmapsetBeatmapOwner"),
        // The parent's first word alone says nothing about the child.
        ("User", "UserCompact", "UserCompactUser"),
        ("ModSetting", "Mod", "ModSetting"),
        ("Option", "ForumTopicPoll", "ForumTopicPollOption"),
        ("IDList", "UserCompact", "UserCompactIDList"),
    ])
    func subTypeNames(child: String, parent: String, expected: String) {
        #expect(SwiftNaming.subTypeName(child, parent: parent) == expected)
    }

    /// The list says which module has each name (`NamespaceTests` checks that each is a real type there).
    @Test func libraryTypeNamesNameTheirModule() {
        #expect(SwiftNaming.libraryTypeNames["Notification"] == "Foundation")
        #expect(SwiftNaming.libraryTypeNames["URL"] == "Foundation")
        #expect(SwiftNaming.libraryTypeNames["Result"] == "the Swift standard library")
        // SwiftUI's `Group` is not on the list: generated code does not import SwiftUI.
        #expect(SwiftNaming.libraryTypeNames["Group"] == nil)
    }
}

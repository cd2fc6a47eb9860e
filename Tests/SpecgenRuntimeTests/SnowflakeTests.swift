import Foundation
import SpecgenRuntime
import Testing

@Suite struct SnowflakeTests {
    /// The example of Discord's reference ("Snowflakes"): 175928847299117063 was made at 2016-04-30T11:18:25.796Z,
    /// 41944705796 ms after Discord's epoch (its top 42 bits: 175928847299117063 >> 22).
    static let example: UInt64 = 175_928_847_299_117_063

    @Test func parsesDecimalStringsThatFitIn64Bits() {
        #expect(Snowflake("175928847299117063")?.rawValue == Self.example)
        #expect(Snowflake("0")?.rawValue == 0)
        #expect(Snowflake("18446744073709551615")?.rawValue == UInt64.max)
        for bad in ["", "18446744073709551616", "-1", "+1", " 1", "1 ", "12a", "0x10", "1.0", "١٢"] {
            #expect(Snowflake(bad) == nil, "\(bad)")
        }
    }

    @Test func theTimestampIsTheTop42BitsAfterDiscordsEpoch() {
        let snowflake = Snowflake(rawValue: Self.example)
        #expect(Self.example >> 22 == 41_944_705_796)
        #expect(snowflake.millisecondsSince1970 == 1_462_015_105_796)
        #expect(snowflake.timestamp == Date(timeIntervalSince1970: 1_462_015_105.796))
        // The smallest id of that millisecond has the same timestamp and sorts first.
        let earliest = Snowflake(earliestAt: snowflake.timestamp)
        #expect(earliest.rawValue == 41_944_705_796 << 22)
        #expect(earliest.millisecondsSince1970 == snowflake.millisecondsSince1970)
        #expect(earliest <= snowflake)
        #expect(Snowflake(earliestAt: Date(timeIntervalSince1970: 0)).rawValue == 0)
    }

    @Test func comparesByNumberNotText() {
        let small: Snowflake = 9
        let large: Snowflake = 10
        #expect(small < large)
        #expect([large, small].sorted() == [small, large])
        #expect(Set([small, Snowflake("9")!]).count == 1)
    }

    @Test func codesAsAStringAndReadsIntegersToo() throws {
        struct Holder: Codable, Equatable {
            var id: Snowflake
            var ids: [Snowflake]
        }
        let decoded = try JSONDecoder().decode(
            Holder.self, from: Data(#"{"id":"175928847299117063","ids":["1",2]}"#.utf8))
        #expect(decoded == Holder(id: Snowflake(rawValue: Self.example), ids: [1, 2]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(
            String(decoding: try encoder.encode(decoded), as: UTF8.self)
                == #"{"id":"175928847299117063","ids":["1","2"]}"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Snowflake.self, from: Data(#""12x""#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Snowflake.self, from: Data(#"true"#.utf8))
        }
    }

    @Test func decodesInOnePassAsJSONDecoderDoes() throws {
        for json in [#""175928847299117063""#, "42", #""0""#, #""18446744073709551615""#] {
            let fast = try JSONFastDecoding.decode(Snowflake.self, from: Data(json.utf8))
            #expect(fast == (try JSONDecoder().decode(Snowflake.self, from: Data(json.utf8))), "\(json)")
        }
        for json in [#""""#, #""12x""#, "-1", #""18446744073709551616""#, "null"] {
            #expect(throws: (any Error).self, "\(json)") {
                try JSONFastDecoding.decode(Snowflake.self, from: Data(json.utf8))
            }
            #expect(throws: (any Error).self, "\(json)") {
                try JSONDecoder().decode(Snowflake.self, from: Data(json.utf8))
            }
        }
    }

    @Test func validatorsWantAStringOfDigits() {
        func check(_ text: String, nullable: Bool = false) -> [String] {
            validate(text) { reader throws(JSONSyntaxError) in
                try reader.checkSnowflake(nullable: nullable, location: "user.mdx:17")
            }
            .map(\.message)
        }
        #expect(check(#""175928847299117063""#).isEmpty)
        #expect(check("null", nullable: true).isEmpty)
        #expect(
            check(#""12x""#)
                == [#"expected a snowflake, a string of decimal digits such as "175928847299117063", found "12x""#])
        #expect(
            check(#""18446744073709551616""#)
                == [
                    #"expected a snowflake, a string of decimal digits such as "175928847299117063", "#
                        + #"found "18446744073709551616""#
                ])
        #expect(check("12") == ["expected a snowflake string, found 12"])
        #expect(check("null") == ["expected a snowflake string, found null"])
        #expect(
            validate(#""1x""#) { reader throws(JSONSyntaxError) in
                try reader.checkSnowflake(nullable: false, location: "user.mdx:17")
            }.map(\.specLocation) == ["user.mdx:17"])
    }
}

/// Two sets of flags as generated code declares them.
struct ChannelFlags: JSONIntegerFlags {
    let rawValue: UInt64
    static let pinned = ChannelFlags(rawValue: 1 << 1)
    static let requireTag = ChannelFlags(rawValue: 1 << 4)
}

struct Permissions: JSONStringFlags {
    let rawValue: UInt64
    static let kickMembers = Permissions(rawValue: 1 << 1)
    static let pinMessages = Permissions(rawValue: 1 << 51)
}

@Suite struct FlagsTests {
    @Test func integerFlagsKeepUnknownBits() throws {
        let flags = try JSONDecoder().decode(ChannelFlags.self, from: Data("50".utf8))
        #expect(flags.contains(.pinned) && flags.contains(.requireTag))
        #expect(flags.subtracting([.pinned, .requireTag]).rawValue == 32)
        #expect(String(decoding: try JSONEncoder().encode(flags), as: UTF8.self) == "50")
        #expect(try ChannelFlags(json: Data("50".utf8)) == flags)
        // A string of digits reads too (a lenient model); the set encodes as an integer.
        #expect(try JSONDecoder().decode(ChannelFlags.self, from: Data(#""18""#.utf8)) == [.pinned, .requireTag])
        #expect(throws: (any Error).self) { try ChannelFlags(json: Data("-1".utf8)) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(ChannelFlags.self, from: Data("-1".utf8)) }
    }

    @Test func stringFlagsUseAllSixtyFourBitsAndEncodeAsStrings() throws {
        let json = #""2251799813685250""#  // 1 << 51 | 1 << 1
        let permissions = try Permissions(json: Data(json.utf8))
        #expect(permissions == [.kickMembers, .pinMessages])
        #expect(try JSONDecoder().decode(Permissions.self, from: Data(json.utf8)) == permissions)
        #expect(String(decoding: try JSONEncoder().encode(permissions), as: UTF8.self) == json)
        let all = try Permissions(json: Data(#""18446744073709551615""#.utf8))
        #expect(all.rawValue == UInt64.max)
        #expect(throws: (any Error).self) { try Permissions(json: Data(#""8x""#.utf8)) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Permissions.self, from: Data(#""8x""#.utf8)) }
    }

    @Test func validatorsCheckTheEncodingNotTheBits() {
        func check(_ text: String, asString: Bool) -> [String] {
            validate(text) { reader throws(JSONSyntaxError) in
                try reader.checkFlags(asString: asString, nullable: false, location: "channel.mdx:93")
            }
            .map(\.message)
        }
        #expect(check("4294967295", asString: false).isEmpty)
        #expect(check("18446744073709551615", asString: false).isEmpty)
        #expect(check(#""2251799813685250""#, asString: true).isEmpty)
        #expect(
            check("-2", asString: false)
                == ["expected a set of flags, an integer from 0 to 18446744073709551615, found -2"])
        #expect(
            check("1.5", asString: false)
                == ["expected a set of flags, an integer from 0 to 18446744073709551615, found 1.5"])
        #expect(check(#""2""#, asString: false) == [#"expected an integer of flags, found "2""#])
        #expect(check("2", asString: true) == ["expected a string of flags, found 2"])
        #expect(
            check(#""-2""#, asString: true)
                == [#"expected a set of flags, a string of decimal digits such as "2048", found "-2""#])
    }
}

import Testing
import Foundation
import SpecgenRuntime

@Test func probe() throws {
    let obj: JSONObject = ["b": 1, "a": 2, "zz": 3, "c": [4], "aa": nil]
    let data = try JSONEncoder().encode(obj)
    print("OBJ", String(decoding: data, as: UTF8.self))
    for text in ["1.0", "1e2", "-0", "1.5", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e400", "true", "0", "[]", "{}", "{\"a\":null}", "4300000123", "2.0e0", "1E2", "0.0"] {
        do {
            let v = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
            let back = try JSONEncoder().encode(v)
            print("VAL", text, v, String(decoding: back, as: UTF8.self))
        } catch { print("VAL", text, "ERR", error) }
    }
    for v: JSONValue in [.number(2.0), .number(-0.0), .number(1e20), .number(.infinity)] {
        do { print("ENC", v, String(decoding: try JSONEncoder().encode(v), as: UTF8.self)) } catch { print("ENC", v, "ERR", error) }
    }
    for text in ["[]", "[1]", "[null]", "{}", "null", "\"x\""] {
        do { print("OBJDEC", text, try JSONDecoder().decode(JSONObject.self, from: Data(text.utf8))) } catch { print("OBJDEC", text, "ERR", error) }
    }
    for t in ["2024-02-29T00:00:00Z", "1969-12-31T23:59:59.5Z", "0000-01-01T00:00:00Z", "2025-06-01T12:00:00-0530"] {
        let ts = Timestamp(rawValue: t)
        print("TS", t, ts?.secondsSince1970 as Any, ts?.nanoseconds as Any)
    }
    for d in [Date(timeIntervalSince1970: -1.5), Date(timeIntervalSince1970: 1748779205.123456), Date(timeIntervalSince1970: -62_167_219_200 - 86400), Date(timeIntervalSince1970: 253_402_300_800), Date.distantPast, Date.distantFuture, Date(timeIntervalSince1970: 0.0000004), Date(timeIntervalSince1970: 0.9999996), Date(timeIntervalSince1970: -0.0000004)] {
        let t = Timestamp(d)
        print("DATE", d.timeIntervalSince1970, t.rawValue, t.secondsSince1970, t.nanoseconds, Timestamp(rawValue: t.rawValue) == t)
    }
}

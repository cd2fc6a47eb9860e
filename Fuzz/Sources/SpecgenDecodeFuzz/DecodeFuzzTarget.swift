import CFuzzerDriver
import Foundation
import FuzzModels
import SpecgenRuntime

/// The libFuzzer entry point: decodes one input with the generated `init(json:)` and with `JSONDecoder` into several
/// model types and stops the run (a crash) when they disagree: one throws and the other does not, or the values
/// differ.
@_cdecl("LLVMFuzzerTestOneInput")
public func specgenDecodeFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let json = Data(UnsafeBufferPointer(start: data, count: size))
    compare(WebsocketEvent.self, json, WebsocketEvent.init(json:))
    compare(FuzzModels.Notification.self, json, FuzzModels.Notification.init(json:))
    compare(ChatChannel.self, json, ChatChannel.init(json:))
    compare(UserCompact.self, json, UserCompact.init(json:))
    compare(JSONValue.self, json) { try JSONFastDecoding.decode(JSONValue.self, from: $0) }
    return 0
}

func compare<T: Decodable & Equatable>(_ type: T.Type, _ json: Data, _ fast: (Data) throws -> T) {
    let expected = try? JSONDecoder().decode(T.self, from: json)
    let actual: T?
    do {
        actual = try fast(json)
    } catch {
        if let expected {
            fatalError("init(json:) of \(T.self) throws \(error), JSONDecoder gives \(expected)")
        }
        return
    }
    guard let expected else { fatalError("JSONDecoder throws for \(T.self), init(json:) gives \(actual!)") }
    if expected != actual! {
        fatalError("\(T.self) differs: JSONDecoder gives \(expected), init(json:) gives \(actual!)")
    }
}

/// SwiftPM links an executable target's entry point as `<module>_main`; libFuzzer's driver does the rest.
@_cdecl("SpecgenDecodeFuzz_main")
public func specgenDecodeFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var argc = argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return specgenDecodeFuzzTestOneInput(data, size)
    }
}

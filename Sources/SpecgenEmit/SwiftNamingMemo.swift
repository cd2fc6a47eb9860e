import Dispatch
import SpecgenIR

/// The last result of a pure function of one input, kept for the next call with the same input.
///
/// `Generator.build` reports the type and property names the Swift pass cannot give (every command does), and the
/// Swift pass then names the same schema's types and properties for the emitters: with the names kept, a run works
/// them out once. The input is compared with `==`, which for the schema's arrays is a comparison of their storage
/// when the same schema is passed again; any other input is worked out anew and replaces the kept one.
final class LastResult<Input: Equatable, Output>: @unchecked Sendable {
    // `last` is read and written only while holding `lock`.
    private let lock = DispatchSemaphore(value: 1)
    private var last: (input: Input, output: Output)?

    /// The output for `input`: the kept one when `input` is the last input, otherwise `make()`'s, which is kept.
    func value(for input: Input, make: () -> Output) -> Output {
        lock.wait()
        defer { lock.signal() }
        if let last, last.input == input { return last.output }
        let output = make()
        last = (input, output)
        return output
    }
}

/// The inputs of the Swift naming steps: the schema's types (or the schema) and the configuration's Swift names.
struct SwiftNamingInput<Types: Equatable>: Equatable {
    var types: Types
    var names: SwiftNameSettings
}

/// An integer code in an events envelope that tells messages apart before their name does: Discord's gateway frame
/// `{"op": 0, "d": {…}, "s": 42, "t": "READY"}` names a dispatched event in `t` only when `op` is the dispatch code
/// (0); any other code (Hello, 10) identifies the message on its own, with `t` and `s` null.
public struct OpcodeTag: Hashable, Sendable {
    /// The JSON key of the code (`op`).
    public var key: String
    /// The code under which the set's discriminator names the event (`0`).
    public var dispatch: Int
    /// The JSON key of the sequence number dispatched events carry (`s`), if the envelope has one.
    public var sequenceKey: String?

    /// Creates an opcode tag.
    public init(key: String, dispatch: Int, sequenceKey: String? = nil) {
        self.key = key
        self.dispatch = dispatch
        self.sequenceKey = sequenceKey
    }
}

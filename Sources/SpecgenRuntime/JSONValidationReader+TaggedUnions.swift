extension JSONValidationReader {
    /// Looks ahead, without reading, for the tag of the next value when it is an object (a member of a tagged union,
    /// whose own check opens it): the index ``peekTag(_:)`` gives once the object is open, or `nil` when the value is
    /// not an object or no code or value of the rule selects rules.
    public mutating func peekObjectTag(_ rule: JSONTagRule) -> Int? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x7B else { return nil }
        let start = index
        index += 1
        defer { index = start }
        return peekTag(rule)
    }
}

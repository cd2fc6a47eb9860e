// The checks generated validators call, one per kind of rule. Each reads exactly one value (after any whitespace),
// records an issue when the value breaks the rule, and throws only for malformed JSON. `location` is the spec
// location the rule comes from; `nullable` says whether `null` is allowed.

extension JSONValidationReader {
    // MARK: - Scalars

    /// A JSON string.
    public mutating func checkString(nullable: Bool, location: String) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if byte == 0x22 {
            _ = try scanString()
        } else if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(expected: .text("a string"), nullable: nullable, location: location)
        }
    }

    /// A JSON number of any size.
    public mutating func checkNumber(nullable: Bool, location: String) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if byte == 0x2D || (byte >= 0x30 && byte <= 0x39) {
            _ = try scanNumber()
        } else if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(expected: .text("a number"), nullable: nullable, location: location)
        }
    }

    /// A JSON number that is a whole number within 64 bits, by its exact decimal value (see `integerValue`: `1.0`
    /// and `1e2` count, `1E-400` does not).
    public mutating func checkInteger(nullable: Bool, location: String) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if byte == 0x2D || (byte >= 0x30 && byte <= 0x39) {
            let token = try scanNumber()
            switch integerValue(token) {
            case .value:
                break
            case .fractional:
                report(
                    .wrongType, .found(.text("an integer"), nullable: nullable, start: token.start, end: token.end),
                    location: location, offset: token.start)
            case .outOfRange:
                report(
                    .wrongValue, .integerRange(start: token.start, end: token.end), location: location,
                    offset: token.start)
            }
        } else if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(expected: .text("an integer"), nullable: nullable, location: location)
        }
    }

    /// `true` or `false`.
    public mutating func checkBoolean(nullable: Bool, location: String) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if byte == 0x74 || byte == 0x66 || (byte == 0x6E && nullable) {
            try scanLiteral()
        } else {
            try mismatch(expected: .text("a boolean"), nullable: nullable, location: location)
        }
    }

    /// A string holding an RFC 3339 date-time (see ``RFC3339``).
    public mutating func checkTimestamp(nullable: Bool, location: String) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if byte == 0x22 {
            let token = try scanString()
            if !withContent(of: token, { RFC3339.isDateTime($0) }) {
                report(
                    .wrongValue,
                    .found(
                        .text("an RFC 3339 date-time such as \"2025-06-01T12:00:00Z\""), nullable: false,
                        start: token.start - 1, end: token.end + 1),
                    location: location, offset: token.start - 1)
            }
        } else if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(expected: .text("a date-time string"), nullable: nullable, location: location)
        }
    }

    /// Any JSON object (the docs' `object`); its members are only read.
    public mutating func checkObject(nullable: Bool, location: String) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if byte == 0x7B {
            try skipValue()
        } else if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(expected: .text("an object"), nullable: nullable, location: location)
        }
    }

    /// `null` and nothing else (a gateway frame's `s` and `t` when `op` is not the dispatch code).
    public mutating func checkNull(location: String) throws(JSONSyntaxError) {
        if try nextByte() == 0x6E {
            try scanLiteral()
        } else {
            try mismatch(expected: .text("null"), nullable: false, location: location)
        }
    }

    /// One documented string constant (such as a variant's `object_type`).
    public mutating func checkConstant(_ value: String, nullable: Bool, location: String) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if byte == 0x22 {
            let token = try scanString()
            var constant = value
            let equal = constant.withUTF8 { expected in
                withContent(of: token) { actual in actual.elementsEqual(expected) }
            }
            if !equal {
                report(
                    .wrongValue,
                    .found(.constant(value), nullable: nullable, start: token.start - 1, end: token.end + 1),
                    location: location, offset: token.start - 1)
            }
        } else if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(expected: .constant(value), nullable: nullable, location: location)
        }
    }

    /// One of an enumeration's documented values. A value of the right JSON type that the docs do not list is
    /// reported with the enumeration's location; a value of another type with `location`.
    public mutating func checkEnum(_ rule: JSONEnumRule, nullable: Bool, location: String) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if let strings = rule.strings, byte == 0x22 {
            let token = try scanString()
            if withContent(of: token, { strings.index(of: $0) }) == nil {
                report(
                    .wrongValue,
                    .found(.text(rule.expected), nullable: nullable, start: token.start - 1, end: token.end + 1),
                    location: rule.location, offset: token.start - 1)
            }
        } else if rule.strings == nil, byte == 0x2D || (byte >= 0x30 && byte <= 0x39) {
            let token = try scanNumber()
            var listed = false
            if case .value(let value) = integerValue(token) { listed = rule.integers.contains(value) }
            if !listed {
                report(
                    .wrongValue, .found(.text(rule.expected), nullable: nullable, start: token.start, end: token.end),
                    location: rule.location, offset: token.start)
            }
        } else if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(expected: .text(rule.expected), nullable: nullable, location: location)
        }
    }

    // MARK: - Arrays

    /// Opens an array; returns `false` (having read the value) for `null` or a value of another type.
    ///
    /// Read the elements with ``nextElement()``:
    /// `if try reader.beginArray(…) { while try reader.nextElement() { …check one element… } }`.
    public mutating func beginArray(nullable: Bool, location: String) throws(JSONSyntaxError) -> Bool {
        let byte = try nextByte()
        if byte == 0x5B {
            try open()
            return true
        }
        if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(expected: .text("an array"), nullable: nullable, location: location)
        }
        return false
    }

    /// Moves to the next element of the array opened last: `true` when there is one to check, `false` after the
    /// closing bracket.
    public mutating func nextElement() throws(JSONSyntaxError) -> Bool {
        if stopped { throw JSONValidationReader.stop }
        skipWhitespace()
        guard index < bytes.count else { throw fail(at: index, "the input ends inside an array") }
        guard case .index(let element) = path[path.count - 1] else { preconditionFailure("not in an array") }
        let byte = bytes[index]
        if byte == 0x5D {
            index += 1
            path.removeLast()
            depth -= 1
            return false
        }
        if element >= 0 {
            guard byte == 0x2C else {
                throw fail(at: index, "expected ',' or ']' after an array element, found \(byteName(at: index))")
            }
            index += 1
        }
        path[path.count - 1] = .index(element + 1)
        return true
    }

    // MARK: - Objects

    /// Opens an object expected to be of a documented type; returns `false` (having read the value) for `null` or
    /// a value of another type.
    ///
    /// Read the members with ``nextMember(_:seen:)`` and close with ``finishObject(_:seen:requiring:)``.
    public mutating func beginObject(typeName: String, nullable: Bool, location: String) throws(JSONSyntaxError)
        -> Bool
    {
        let byte = try nextByte()
        if byte == 0x7B {
            try open()
            return true
        }
        if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(expected: .object(typeName), nullable: nullable, location: location)
        }
        return false
    }

    /// Reads the next member of the object opened last whose key the rule lists, and returns its index in the
    /// rule; the caller then checks the value. Members with other keys are read past (keys the docs do not list are
    /// allowed). Returns `nil` after the closing brace. A key that appears twice is reported
    /// (``ValidationIssue/Kind/duplicateKey``), and its value is checked again.
    public mutating func nextMember(_ rule: JSONObjectRule, seen: inout JSONKeyBits) throws(JSONSyntaxError) -> Int? {
        if stopped { throw JSONValidationReader.stop }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw fail(at: index, "the input ends inside an object") }
            guard case .key(let previous, _, _) = path[path.count - 1] else { preconditionFailure("not in an object") }
            var byte = bytes[index]
            if byte == 0x7D {
                index += 1
                return nil
            }
            if previous >= 0 {
                guard byte == 0x2C else {
                    throw fail(at: index, "expected ',' or '}' after an object member, found \(byteName(at: index))")
                }
                index += 1
                skipWhitespace()
                byte = index < bytes.count ? bytes[index] : 0
            }
            guard byte == 0x22 else {
                throw fail(at: index, "expected a key (a string), found \(byteName(at: index))")
            }
            let keyOffset = index
            let token: StringToken
            let member: Int?
            if let end = rule.keys.literalMatch(seen.expected, in: bytes, at: index + 1) {
                // The member after the previous one, as the docs order them, written as the rule spells it.
                token = StringToken(start: index + 1, end: end, hasEscapes: false)
                index = end + 1
                member = seen.expected
            } else {
                token = try scanString()
                member = withContent(of: token) { rule.keys.index(of: $0, expecting: seen.expected) }
            }
            guard let member else {
                registerUnknownKey(token, at: keyOffset, location: documentLocation)
                try readColon()
                try skipValue()
                continue
            }
            path[path.count - 1] = .key(start: token.start, end: token.end, escaped: token.hasEscapes)
            if seen.contains(member) {
                report(
                    .duplicateKey, .duplicateKey(rule.members[member].key), location: rule.members[member].location,
                    offset: keyOffset)
            }
            seen.insert(member)
            try readColon()
            return member
        }
    }

    /// Closes the object opened last (after ``nextMember(_:seen:)`` returned `nil`) and reports each required key
    /// that was not seen: the rule's own, then those of `extra` (keys of `extra` that the rule does not list are
    /// ignored).
    public mutating func finishObject(
        _ rule: JSONObjectRule, seen: JSONKeyBits, requiring extra: JSONRequirements = .none
    ) {
        path.removeLast()
        let start = keyLog.pop()
        depth -= 1
        if extra.entries.isEmpty && !rule.requiresBeyond128
            && seen.containsAll(low: rule.requiredLow, high: rule.requiredHigh)
        {
            return
        }
        for member in rule.requiredIndices where !seen.contains(member) {
            let key = rule.members[member].key
            report(
                .missingKey, .missingKey(key), location: rule.members[member].location, offset: start,
                pointerSuffix: key)
        }
        for entry in extra.entries {
            guard let member = rule.keys.index(of: entry.key), !seen.contains(member),
                !rule.members[member].isRequired
            else { continue }
            report(
                .missingKey, .missingKey(entry.key), location: entry.location, offset: start,
                pointerSuffix: entry.key)
        }
    }

    /// Looks ahead, without reading, for the tag of the object just opened: the integer code under the rule's code
    /// key, if it has one and the code is one of its codes (but for the dispatch code), or else the string value of
    /// the rule's key among this object's members (only under the dispatch code, when the rule has one; then the
    /// dispatch code's rules when the value has none). Returns the index of the code (after the values) or of the
    /// value in the rule, or `nil` when neither selects rules: the keys are absent, their values are of another JSON
    /// type or not among the rule's, or the object is malformed (reading it reports that).
    public mutating func peekTag(_ rule: JSONTagRule) -> Int? {
        var code: Int64?
        if let codeKey = rule.codeKey, let i = peekValueStart(ofKey: codeKey) {
            code = JSONValidationReader.scanIntegerLiteral(bytes, at: i)
            if let code, code != rule.dispatch, let index = rule.codes.firstIndex(of: code) {
                return rule.valueCount + index
            }
        }
        var dispatched: Int? { rule.dispatch.flatMap { rule.codes.firstIndex(of: $0) }.map { rule.valueCount + $0 } }
        if let dispatch = rule.dispatch, code != dispatch { return nil }
        guard let i = peekValueStart(ofKey: rule.key), i < bytes.count, bytes[i] == 0x22,
            let value = try? JSONValidationReader.scanString(bytes, at: i)
        else { return dispatched }
        return withContent(of: value) { rule.values.index(of: $0) } ?? dispatched
    }

    /// The offset of the value of `key` among the members of the object just opened, found without reading; `nil`
    /// when the key is absent or the object is malformed before it.
    private mutating func peekValueStart(ofKey expectedKey: [UInt8]) -> Int? {
        let bytes = self.bytes
        var i = index
        func skipWhitespace() { i = JSONValidationReader.skipWhitespace(bytes, from: i) }
        while true {
            skipWhitespace()
            guard i < bytes.count, bytes[i] == 0x22,
                let key = try? JSONValidationReader.scanString(bytes, at: i)
            else { return nil }
            i = key.end + 1
            skipWhitespace()
            guard i < bytes.count, bytes[i] == 0x3A else { return nil }
            i += 1
            skipWhitespace()
            let isKey = expectedKey.withUnsafeBufferPointer { expected in
                withContent(of: key) { actual in
                    actual.count == expected.count
                        && (actual.count == 0
                            || JSONKeyTable.equal(expected.baseAddress!, actual.baseAddress, actual.count))
                }
            }
            if isKey { return i }
            guard let end = JSONValidationReader.roughlySkip(bytes, from: i) else { return nil }
            i = end
            skipWhitespace()
            guard i < bytes.count, bytes[i] == 0x2C else { return nil }
            i += 1
        }
    }

    /// The value of a JSON integer literal at `start` (`-?(0|[1-9][0-9]*)`, not followed by a fraction or an
    /// exponent) that fits in 64 bits; `nil` for anything else.
    static func scanIntegerLiteral(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int64? {
        var i = start
        let negative = i < bytes.count && bytes[i] == 0x2D
        if negative { i += 1 }
        let digitsStart = i
        var magnitude: UInt64 = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(UInt64(bytes[i] - 0x30))
            guard !o1, !o2 else { return nil }
            magnitude = sum
            i += 1
        }
        guard i > digitsStart, !(bytes[digitsStart] == 0x30 && i - digitsStart > 1) else { return nil }
        if i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45 { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// The end of the value at `start`, found by matching brackets outside strings; no checks, `nil` when the
    /// input ends first.
    static func roughlySkip(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        var nesting = 0
        while i < bytes.count {
            switch bytes[i] {
            case 0x22:
                i += 1
                while i < bytes.count, bytes[i] != 0x22 { i += bytes[i] == 0x5C ? 2 : 1 }
                guard i < bytes.count else { return nil }
                i += 1
            case 0x7B, 0x5B:
                nesting += 1
                i += 1
            case 0x7D, 0x5D:
                if nesting == 0 { return i }
                nesting -= 1
                i += 1
            case 0x2C, 0x20, 0x0A, 0x0D, 0x09:
                if nesting == 0 { return i }
                i += 1
            default:
                i += 1
            }
            if nesting == 0, bytes[i - 1] == 0x22 || bytes[i - 1] == 0x7D || bytes[i - 1] == 0x5D { return i }
        }
        return nesting == 0 ? i : nil
    }

    // MARK: - Several rules for one value

    /// The offset of the next value (after whitespace), to read the same value again with ``rewind(to:)``.
    public mutating func valueOffset() -> Int {
        skipWhitespace()
        return index
    }

    /// Goes back to a value read before (an offset from ``valueOffset()``) to check it against another rule.
    public mutating func rewind(to offset: Int) {
        index = offset
    }

    /// A value that must match at least one of several rules (a union of types).
    ///
    /// `body` checks the value against member `m` (0 ..< `members`). The value conforms when some member reports no
    /// issue. Otherwise, if every member rejected the value's JSON type outright, one issue says what was expected
    /// (`expected Node or Leaf, found "x"`); else the issues of the member with the fewest issues (the first of
    /// them on a tie) are reported.
    public mutating func checkUnion(
        expected: String, nullable: Bool, location: String, members: Int,
        _ body: (inout JSONValidationReader, Int) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if byte == 0x6E && nullable {
            try scanLiteral()
            return
        }
        let start = index
        let first = records.count
        let firstPath = recordPaths.count
        if stopsAtFirstIssue {
            // Each member is tried until its first issue; the reader's state is put back before the next one.
            let openPath = path.count
            let openDepth = depth
            let openObjects = keyLog.frames.count
            for member in 0..<members {
                index = start
                do throws(JSONSyntaxError) {
                    try body(&self, member)
                } catch {
                    if !stopped { throw error }
                }
                if records.count == first { return }
                records.removeLast(records.count - first)
                stopped = false
                path.removeLast(path.count - openPath)
                depth = openDepth
                keyLog.unwind(to: openObjects)
            }
            index = start
            report(
                .wrongType, .found(.text(expected), nullable: nullable, start: start, end: start), location: location,
                offset: start)
            return
        }
        var best: (records: [JSONIssueRecord], paths: [PathComponent])?
        var end = start
        var onlyWrongTypes = true
        for member in 0..<members {
            index = start
            try body(&self, member)
            if records.count == first { return }
            var found = Array(records[first...])
            let paths = Array(recordPaths[firstPath...])
            for k in found.indices {
                found[k].pathStart -= firstPath
                found[k].pathEnd -= firstPath
            }
            records.removeLast(records.count - first)
            recordPaths.removeLast(recordPaths.count - firstPath)
            end = index
            if !(found.count == 1 && found[0].kind == .wrongType && found[0].offset == start) {
                onlyWrongTypes = false
            }
            if best == nil || found.count < best!.records.count { best = (found, paths) }
        }
        index = end
        if onlyWrongTypes || best == nil {
            report(
                .wrongType, .found(.text(expected), nullable: nullable, start: start, end: end), location: location,
                offset: start)
        } else {
            let base = recordPaths.count
            recordPaths += best!.paths
            for var record in best!.records {
                record.pathStart += base
                record.pathEnd += base
                records.append(record)
            }
        }
    }
}

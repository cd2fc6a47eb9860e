import SpecgenSupport

/// Turns names from the docs into Swift identifiers: the one place that maps `cover@2x`, keywords, leading digits
/// and acronyms.
///
/// - Types are UpperCamelCase, members lowerCamelCase, following the Swift API Design Guidelines (acronyms such as
///   `ID` and `URL` are uniformly up- or down-cased).
/// - Latin letters with diacritics, ligatures and fullwidth forms are written in ASCII (`Ünïcode` → `Unicode`,
///   `Straße` → `Strasse`, `Æ` → `Ae`), by the letter's Unicode name, so the result is the same on every platform;
///   combining marks are dropped. Every other character, letters of other scripts included, separates words.
/// - A leading digit gets a `_` prefix; an empty result becomes `_`. A name without Latin letters or digits
///   (``hasIdentifierCharacters(_:)`` is `false`) is reported where it is used.
public enum SwiftNaming {
    /// Words written in capitals inside a name (`avatarURL`, `UserID`).
    public static let acronyms = NameWords.acronyms

    /// Swift keywords, which need backticks where they are used as identifiers.
    public static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "borrowing", "consuming", "package", "some", "any", "_",
    ]

    /// Identifiers that cannot be used as member names even with backticks (`x.self` is the value itself,
    /// `x.init` the initializer), or that would clash with what generated types already have.
    public static let reservedMemberNames: Set<String> = [
        "self", "Self", "init", "deinit", "Type", "Protocol", "hashValue", "subscript", "_",
    ]

    /// Type names that generated code must not declare, because it refers to them by these names.
    public static let reservedTypeNames: Set<String> = [
        "Swift", "Foundation", "SpecgenRuntime", "Type", "Protocol", "Self", "Any", "AnyObject",
        // Declared inside every generated struct, where it would hide a type of the same name.
        "CodingKeys",
    ]

    /// Types of the Swift standard library and Foundation that code working with generated models commonly names,
    /// by the module that declares them. A generated type of the same name at the top level of a module is fine in
    /// that module, but code that imports both that module and Foundation gets "'Notification' is ambiguous for
    /// type lookup"; a namespace avoids it, so specgen warns about these names when there is none.
    ///
    /// The list is kept to names people write in app code (value types, collections, the coding and concurrency
    /// types, the Foundation types of everyday networking, dates, files and notifications), not every public type:
    /// a warning on a rarely used name would teach people to ignore the warning. Other frameworks (SwiftUI's
    /// `Group`, `Text`, …) are left out: generated code does not import them, and a namespace solves those clashes
    /// just as well.
    public static let libraryTypeNames: [String: String] = {
        let swift = [
            "Array", "Bool", "Character", "ClosedRange", "Codable", "CodingKey", "Collection", "Comparable",
            "Decodable", "Decoder", "Dictionary", "Double", "Duration", "Encodable", "Encoder", "Equatable", "Error",
            "Float", "Hashable", "Identifiable", "Int", "Int8", "Int16", "Int32", "Int64", "Never", "Optional",
            "Range", "Result", "Sendable", "Sequence", "Set", "String", "Substring", "Task", "UInt", "UInt8",
            "UInt16", "UInt32", "UInt64", "Void",
        ]
        let foundation = [
            "AttributedString", "Bundle", "Calendar", "CharacterSet", "Data", "Date", "DateComponents",
            "DateFormatter", "DateInterval", "Decimal", "Expression", "FileHandle", "FileManager", "Formatter",
            "Host", "HTTPURLResponse", "IndexPath", "IndexSet", "InputStream", "JSONDecoder", "JSONEncoder",
            "JSONSerialization", "Locale", "Measurement", "Notification", "NotificationCenter", "NumberFormatter",
            "Operation", "OperationQueue", "OutputStream", "Pipe", "Port", "Predicate", "Process", "ProcessInfo",
            "Progress", "PropertyListDecoder", "PropertyListEncoder", "RunLoop", "Scanner", "Stream", "Thread",
            "TimeInterval", "TimeZone", "Timer", "Unit", "URL", "URLComponents", "URLQueryItem", "URLRequest",
            "URLResponse", "URLSession", "UserDefaults", "UUID",
        ]
        var names: [String: String] = [:]
        for name in swift { names[name] = "the Swift standard library" }
        for name in foundation { names[name] = "Foundation" }
        return names
    }()

    /// Whether the name has something to make an identifier from: a Latin letter or an ASCII digit.
    public static func hasIdentifierCharacters(_ name: String) -> Bool {
        NameWords.hasWords(name)
    }

    /// The name with its Latin letters written in ASCII and every other non-ASCII character replaced by a space
    /// (`Ünïcode` → `Unicode`, `Café 名前` → `Cafe   `).
    public static func transliterated(_ name: String) -> String {
        NameWords.transliterated(name)
    }

    /// The ASCII spelling of a Latin letter, from its Unicode name: `LATIN CAPITAL LETTER U WITH DIAERESIS` → `U`,
    /// `LATIN SMALL LIGATURE FI` → `fi`, `LATIN SMALL LETTER SHARP S` → `ss`; `nil` for anything else.
    static func latinLetters(_ scalar: Unicode.Scalar) -> String? {
        NameWords.latinLetters(scalar)
    }

    /// Splits a name into words: at every character that is not a letter or digit, and at case changes
    /// (`previousUsername` → `previous`, `Username`; `HTMLPage` → `HTML`, `Page`). Latin letters are written in
    /// ASCII first (``transliterated(_:)``).
    public static func words(_ name: String) -> [String] {
        NameWords.words(name)
    }

    /// The name of the stored property that holds an out-of-line property's value: `_` and the property's name
    /// (`_parent`), or `_storage` and the name without its leading underscores when the name has one already
    /// (`_2fa` → `_storage2fa`), so that no name starts with two underscores.
    public static func storageName(_ propertyName: String) -> String {
        guard propertyName.hasPrefix("_") else { return "_" + propertyName }
        return "_storage" + propertyName.drop { $0 == "_" }
    }

    /// An UpperCamelCase type name (`chat_channel` → `ChatChannel`, `Forum Topic` → `ForumTopic`).
    public static func typeName(_ name: String) -> String {
        NameWords.upperCamelCase(name)
    }

    /// The name of a type declared under another (`## UserCompact` → `### UserAccountHistory`), given both type
    /// names: the parent's name in front of the child's, unless the child's name already starts with the parent's
    /// first word, in which case it is specific enough on its own and repeating the parent would stutter.
    ///
    /// - `UserCompact` + `ProfileBanner` → `UserCompactProfileBanner` (nothing in common)
    /// - `UserCompact` + `UserAccountHistory` → `UserAccountHistory` (not `UserCompactUserAccountHistory`)
    /// - `Beatmap` + `BeatmapOwner` → `BeatmapOwner`
    /// - `Beatmapset` + `BeatmapOwner` → `BeatmapsetBeatmapOwner` (`Beatmapset` and `Beatmap` are different words)
    ///
    /// The schema builder uses the longer name instead where the shorter one is wanted by another type.
    public static func subTypeName(_ child: String, parent: String) -> String {
        if child.hasPrefix(parent) { return child }
        let childWords = words(child)
        let parentWords = words(parent)
        if let first = parentWords.first, childWords.count > 1, childWords.first == first { return child }
        return parent + child
    }

    /// A lowerCamelCase member name (`avatar_url` → `avatarURL`, `cover@2x` → `cover2x`, `PUBLIC` → `public`).
    /// Keywords are returned as they are; use ``escaped(_:)`` where the name is written.
    public static func memberName(_ name: String) -> String {
        var parts = words(name)
        // A leading minus sign on a number (`-2`) is part of the value.
        let negative = name.hasPrefix("-") && (parts.first?.first?.isNumber ?? false)
        if parts.isEmpty { return "_" }
        parts[0] = parts[0].lowercased()
        for index in parts.indices.dropFirst() { parts[index] = capitalized(parts[index]) }
        var result = parts.joined()
        if negative { result = "minus" + result }
        if result.first!.isNumber { result = "_" + result }
        return result
    }

    /// The identifier with backticks when it is a keyword.
    public static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// A word with its first letter in capitals, or all in capitals when it is a known acronym; words written
    /// entirely in capitals (`PUBLIC`) are treated as ordinary words.
    static func capitalized(_ word: String) -> String {
        NameWords.capitalized(word)
    }

    /// Makes names unique in one scope, deterministically: the first use keeps the name, later ones get `2`, `3`, …
    /// Names in `reserved` are never handed out.
    public struct Uniquer: Sendable {
        private var used: Set<String>

        /// Creates a uniquer that never hands out `reserved`, with room for `capacity` names besides them (the
        /// set of used names is then made once rather than grown name by name).
        public init(reserved: Set<String> = [], capacity: Int = 0) {
            self.used = reserved
            if capacity > 0 { used.reserveCapacity(reserved.count + capacity) }
        }

        /// Whether the name is taken.
        public func isUsed(_ name: String) -> Bool { used.contains(name) }

        /// The name itself if free, else the name with the smallest free number appended; marks it used.
        public mutating func claim(_ name: String) -> String {
            if used.insert(name).inserted { return name }
            var counter = 2
            while !used.insert("\(name)\(counter)").inserted { counter += 1 }
            return "\(name)\(counter)"
        }

        /// Marks a name used without checking.
        public mutating func reserve(_ name: String) {
            used.insert(name)
        }
    }
}

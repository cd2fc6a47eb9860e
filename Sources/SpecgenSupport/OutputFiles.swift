// The rules that decide which files a run writes: the output kinds and their file names, the base name of each
// input's files, the words a name is split into, and the configuration's file names.
//
// This file is compiled twice: into SpecgenSupport, and into the plugins through the link
// `Plugins/PluginsShared/OutputFiles.swift`, because a build tool plugin must declare its outputs before specgen runs
// and cannot link specgen's libraries. So it imports nothing and uses the standard library only; there is one
// definition of each rule, and the plugins and the generator cannot drift apart.

/// One kind of output: its name (as `--emit` and the configuration's `outputs` write it) and how its files are
/// named.
///
/// The kinds specgen ships are ``builtIn``; each has one emitter in the emitter registry (`EmitterRegistry`), and a
/// test checks that the two lists, and the configuration schema, agree.
public struct OutputKind: Hashable, Sendable, CustomStringConvertible {
    /// How an output names its files.
    public enum Files: Hashable, Sendable {
        /// One file per input document: the document's base name followed by the suffix (`.swift`).
        case perDocument(suffix: String)
        /// One file for the whole run.
        case single(name: String)
    }

    /// The name, as `--emit` and the configuration's `outputs` write it.
    public var name: String
    /// How the files are named.
    public var files: Files

    /// Creates a kind.
    public init(name: String, files: Files) {
        self.name = name
        self.files = files
    }

    /// The name.
    public var description: String { name }

    /// The names of the files this output writes for a set of documents, given each document's base name (see
    /// ``OutputFiles/baseNames(for:)``), in document path order.
    public func fileNames(baseNames: [String: String]) -> [String] {
        switch files {
        case .perDocument: return baseNames.keys.sorted().map { fileName(base: baseNames[$0]!) }
        case .single(let name): return [name]
        }
    }

    /// The name of a document's file, given the document's base name (`ChatChannel` → `ChatChannel+Validation.swift`);
    /// the one file's name for an output of the whole run.
    public func fileName(base: String) -> String {
        switch files {
        case .perDocument(let suffix): return base + suffix
        case .single(let name): return name
        }
    }

    /// Swift Codable models: `<Base>.swift` for each document.
    public static let models = OutputKind(name: "models", files: .perDocument(suffix: ".swift"))
    /// One JSON Schema (draft 2020-12) document for the whole run: `schema.json`.
    public static let schema = OutputKind(name: "schema", files: .single(name: "schema.json"))
    /// Swift validators: `<Base>+Validation.swift` beside each document's models.
    public static let validators = OutputKind(name: "validators", files: .perDocument(suffix: "+Validation.swift"))

    /// The kinds specgen ships, in the order their names are listed to users.
    public static let builtIn: [OutputKind] = [models, schema, validators]

    /// The kind named so among ``builtIn``, or `nil`.
    public static func named(_ name: String) -> OutputKind? {
        builtIn.first { $0.name == name }
    }

    /// What a run generates: the kinds given on the command line, else those the configuration lists, else the
    /// defaults. (Names that are not kinds are reported where they are read; here they are skipped.)
    ///
    /// - Parameters:
    ///   - commandLine: The names given with `--emit`.
    ///   - configured: The configuration's `outputs`, or `nil` when it has none.
    ///   - defaults: What to generate when neither says.
    ///   - known: The kinds there are.
    /// - Returns: The kinds, in the order of `known`.
    public static func resolve(
        commandLine: [String], configured: [String]?, defaults: [OutputKind], known: [OutputKind] = builtIn
    ) -> [OutputKind] {
        let names = !commandLine.isEmpty ? commandLine : configured ?? defaults.map(\.name)
        return known.filter { names.contains($0.name) }
    }
}

/// The configuration files specgen looks for beside the docs.
public enum ConfigurationFileNames {
    /// The file names, in the order they are looked for.
    public static let all = ["specgen.json", "specgen.yml", "specgen.yaml"]
}

/// Names output files after input files.
public enum OutputFiles {
    /// The base name (without extension) of each input's output files: the UpperCamelCase file name
    /// (`chat_channel.md` → `ChatChannel`); where two inputs would share one, as many enclosing folder names as it
    /// takes to tell them apart (`a/x.md`, `b/x.md` → `AX`, `BX`); where whole paths still collide, a number
    /// (`X`, `X2`), given in path order.
    ///
    /// - Parameter paths: The display paths of the inputs.
    /// - Returns: The base name of each path.
    public static func baseNames(for paths: [String]) -> [String: String] {
        var components: [String: [String]] = [:]
        for path in paths where components[path] == nil {
            var parts = path.split(separator: "/").map(String.init).filter { $0 != "." && $0 != ".." }
            if let last = parts.last, let dot = last.lastIndex(of: ".") {
                parts[parts.count - 1] = String(last[..<dot])
            }
            components[path] = parts.isEmpty ? ["Document"] : parts
        }
        var depth: [String: Int] = [:]
        for path in paths where depth[path] == nil { depth[path] = 1 }
        func name(_ path: String) -> String {
            let parts = components[path]!
            let base = parts.suffix(min(depth[path]!, parts.count)).map(NameWords.upperCamelCase).joined()
            return base == "_" ? "Document" : base
        }
        while true {
            var groups: [String: [String]] = [:]
            for path in paths { groups[name(path), default: []].append(path) }
            var changed = false
            for group in groups.values where group.count > 1 {
                for path in group where depth[path]! < components[path]!.count {
                    depth[path]! += 1
                    changed = true
                }
            }
            if !changed { break }
        }
        var result: [String: String] = [:]
        var used = Set<String>()
        for path in paths.sorted() where result[path] == nil {
            let base = name(path)
            var candidate = base
            var counter = 2
            while !used.insert(candidate).inserted {
                candidate = "\(base)\(counter)"
                counter += 1
            }
            result[path] = candidate
        }
        return result
    }
}

/// The words of a name, the base of every generated name (Swift's `SwiftNaming` builds on it) and of output file
/// names.
public enum NameWords {
    /// Words written in capitals wherever they appear in a name (`avatar_url` → `avatarURL`).
    public static let acronyms: [String: String] = [
        "id": "ID", "ids": "IDs", "url": "URL", "urls": "URLs", "uuid": "UUID", "html": "HTML", "json": "JSON",
        "api": "API", "http": "HTTP", "https": "HTTPS", "ip": "IP",
    ]

    /// The length in UTF-8 of the longest of ``acronyms``' keys.
    static let longestAcronym = acronyms.keys.map(\.utf8.count).max() ?? 0

    /// UpperCamelCase from the words (`chat_channel` → `ChatChannel`); `_` when there are none, and a leading `_`
    /// before a digit.
    ///
    /// The words are found and cased in one pass over the transliterated name's bytes (which are ASCII), written
    /// into one buffer: the same as ``capitalized(_:)`` of each of ``words(_:)``, joined.
    public static func upperCamelCase(_ name: String) -> String {
        var text = transliterated(name)
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 1)
            forEachWord(in: bytes) { range in
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                if word.count <= longestAcronym, let acronym = acronymBytes(word) {
                    result.append(contentsOf: acronym)
                    return
                }
                for (offset, byte) in word.enumerated() {
                    let isUpper = byte >= 0x41 && byte <= 0x5A
                    let isLower = byte >= 0x61 && byte <= 0x7A
                    if offset == 0 {
                        result.append(isLower ? byte - 0x20 : byte)
                    } else {
                        result.append(isUpper ? byte + 0x20 : byte)
                    }
                }
            }
            if result.isEmpty { return "_" }
            if result[0] >= 0x30 && result[0] <= 0x39 { result.insert(UInt8(ascii: "_"), at: 0) }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Calls `body` with the byte range of each word of a transliterated name (ASCII), in order: the runs of
    /// letters and digits, split where lower case turns to upper case and before the last capital of a run of
    /// capitals followed by lower case. ``words(_:)`` and ``upperCamelCase(_:)`` both read names through it.
    private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = -1
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            guard isUpper || isLower || isDigit else {
                if start >= 0 { body(start..<index) }
                start = -1
                continue
            }
            if isUpper, start >= 0 {
                let last = bytes[index - 1]
                let lastIsUpper = last >= 0x41 && last <= 0x5A
                let nextIsLower = index + 1 < bytes.count && bytes[index + 1] >= 0x61 && bytes[index + 1] <= 0x7A
                if !lastIsUpper || nextIsLower {
                    body(start..<index)
                    start = -1
                }
            }
            if start < 0 { start = index }
        }
        if start >= 0 { body(start..<bytes.count) }
    }

    /// Whether the name has a word (``words(_:)`` is not empty): a letter or digit once transliterated.
    public static func hasWords(_ name: String) -> Bool {
        transliterated(name).utf8.contains { byte in
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        }
    }

    /// The acronyms' keys and spellings as bytes.
    private static let acronymTable: [(key: [UInt8], spelling: [UInt8])] = acronyms.map {
        (Array($0.key.utf8), Array($0.value.utf8))
    }

    /// The spelling of the acronym whose key is the word in lower case (`Url` → `URL`), if it is one.
    private static func acronymBytes(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        search: for entry in acronymTable where entry.key.count == word.count {
            for (offset, byte) in word.enumerated() {
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                if lowered != entry.key[offset] { continue search }
            }
            return entry.spelling
        }
        return nil
    }

    /// The letter and digit runs of a name (Latin letters written in ASCII first), split where lower case turns to
    /// upper case and before the last capital of a run of capitals followed by lower case (`HTMLPage` → `HTML`,
    /// `Page`).
    public static func words(_ name: String) -> [String] {
        var text = transliterated(name)
        // A word is a run of the text's bytes, made into a string once it ends.
        return text.withUTF8 { bytes in
            var words: [String] = []
            forEachWord(in: bytes) { range in
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
            return words
        }
    }

    /// A word with its first letter in capitals, or all in capitals when it is a known acronym; words written
    /// entirely in capitals (`PUBLIC`) are treated as ordinary words.
    public static func capitalized(_ word: String) -> String {
        // A word of ASCII letters and digits (as ``words(_:)`` makes them) is cased byte by byte.
        var word = word
        let ascii = word.withUTF8 { bytes -> String? in
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var lowered = Array(bytes)
            for i in lowered.indices where lowered[i] >= 0x41 && lowered[i] <= 0x5A { lowered[i] += 0x20 }
            // A word longer than every acronym is none.
            if lowered.count <= longestAcronym, let acronym = acronyms[String(decoding: lowered, as: UTF8.self)] {
                return acronym
            }
            if lowered[0] >= 0x61 && lowered[0] <= 0x7A { lowered[0] -= 0x20 }
            return String(decoding: lowered, as: UTF8.self)
        }
        if let ascii { return ascii }
        let lower = word.lowercased()
        if let acronym = acronyms[lower] { return acronym }
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// The name with its Latin letters written in ASCII and every other non-ASCII character replaced by a space
    /// (`Ünïcode` → `Unicode`, `Café 名前` → `Cafe   `).
    public static func transliterated(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 >= 0x80 }) else { return name }
        var result = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                result += latinLetters(scalar) ?? " "
            }
        }
        return result
    }

    /// The ASCII spelling of a Latin letter, from its Unicode name: `LATIN CAPITAL LETTER U WITH DIAERESIS` → `U`,
    /// `LATIN SMALL LIGATURE FI` → `fi`, `LATIN SMALL LETTER SHARP S` → `ss`; `nil` for anything else.
    public static func latinLetters(_ scalar: Unicode.Scalar) -> String? {
        guard let name = scalar.properties.name, let latin = name.firstRange(of: "LATIN ") else { return nil }
        var rest = name[latin.upperBound...]
        let isCapital: Bool
        if rest.hasPrefix("CAPITAL ") {
            isCapital = true
        } else if rest.hasPrefix("SMALL ") {
            isCapital = false
        } else {
            return nil
        }
        rest = rest.drop { $0 != " " }.dropFirst()
        guard rest.hasPrefix("LETTER ") || rest.hasPrefix("LIGATURE ") else { return nil }
        rest = rest.drop { $0 != " " }.dropFirst()
        if let with = rest.firstRange(of: " WITH ") { rest = rest[..<with.lowerBound] }
        let special = ["SHARP S": "ss", "ETH": "d", "THORN": "th", "KRA": "k"]
        let lastWord = rest.split(separator: " ").last.map(String.init) ?? ""
        let letters: String
        if let spelled = special[String(rest)] {
            letters = spelled
        } else if (1...2).contains(lastWord.count), lastWord.allSatisfy({ $0 >= "A" && $0 <= "Z" }) {
            letters = lastWord.lowercased()
        } else {
            return nil
        }
        return isCapital ? letters.prefix(1).uppercased() + letters.dropFirst() : letters
    }
}

/// The file extensions each docs family reads, by the name `--dialect` and the configuration's `dialect` write: the
/// plugins find a target's docs with it before specgen runs (they cannot link the dialects), and a test checks that it
/// agrees with the dialects specgen has (`Dialects.all`).
public enum DialectFileExtensions {
    /// The extensions, lower-case and without the dot, by dialect name.
    public static let byDialect: [String: [String]] = ["osu": ["md"], "discord": ["md", "mdx"]]

    /// The dialect used when none is chosen.
    public static let defaultDialect = "osu"

    /// The extensions of a dialect; those of the default dialect when the name is `nil` or unknown (specgen reports
    /// an unknown name itself).
    public static func extensions(dialect: String?) -> [String] {
        byDialect[dialect ?? defaultDialect] ?? byDialect[defaultDialect] ?? []
    }

    /// Every extension any dialect reads.
    public static var all: Set<String> { Set(byDialect.values.joined()) }
}

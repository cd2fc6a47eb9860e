extension String {
    /// Whether `needle` occurs in the string, compared byte by byte in UTF-8: an exact, locale-free search that is
    /// much cheaper than Foundation's `contains(_:)` on the readers' hot paths.
    public func containsText(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in ByteScan.firstIndex(of: n, in: h) != nil }
        }
    }
}

extension String {
    /// Whether `needle` occurs in the string, compared byte by byte in UTF-8: an exact, locale-free search that is
    /// much cheaper than Foundation's `contains(_:)` on the readers' hot paths.
    public func containsText(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard h.count >= n.count else { return false }
                let first = n[0]
                let last = h.count - n.count
                var i = ByteScan.index(of: first, in: h, from: 0, to: last + 1)
                while i <= last {
                    var k = 1
                    while k < n.count && h[i + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                    i = ByteScan.index(of: first, in: h, from: i + 1, to: last + 1)
                }
                return false
            }
        }
    }
}

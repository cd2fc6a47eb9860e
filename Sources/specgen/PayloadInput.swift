import Foundation
import SpecgenSupport

/// A file of payloads read with plain `read(2)` calls, so that standard input (`-`), pipes and FIFOs work as well as
/// regular files: nothing seeks or asks for the file's size.
struct PayloadInput {
    /// The name as given on the command line (`-` for standard input).
    let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// The size of one read.
    static let chunkSize = 1 << 16

    /// Opens a file, or standard input for `-`.
    ///
    /// - Throws: ``CommandError`` when the file cannot be opened.
    init(opening name: String) throws {
        self.name = name
        if name == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
        } else {
            descriptor = open(name, O_RDONLY)
            guard descriptor >= 0 else {
                throw CommandError("cannot read '\(name)': \(String(cString: strerror(errno)))")
            }
            ownsDescriptor = true
        }
    }

    /// Closes the file (standard input stays open).
    func close() {
        if ownsDescriptor { _ = Foundation.close(descriptor) }
    }

    /// Appends up to ``chunkSize`` bytes to `buffer`.
    ///
    /// - Returns: The number of bytes read; 0 at the end of the input.
    /// - Throws: ``CommandError`` when reading fails (a folder, an I/O error).
    func read(appendingTo buffer: inout [UInt8]) throws -> Int {
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = Foundation.read(descriptor, chunk.baseAddress!, Self.chunkSize)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                throw CommandError("cannot read '\(name)': \(String(cString: strerror(errno)))")
            }
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
            return count
        }
    }

    /// The whole input.
    func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        while try read(appendingTo: &bytes) > 0 {}
        return bytes
    }

    /// Calls `body` with each line of the input (without its line feed) and its 1-based number, reading
    /// incrementally: memory stays bounded by the longest line, whatever the input's size. `beforeWaiting` runs
    /// before each read, so that output can be flushed while the input is still coming.
    func forEachLine(
        beforeWaiting: () -> Void = {},
        _ body: (UnsafeRawBufferPointer, Int) throws -> Void
    ) throws {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.chunkSize * 2)
        var line = 1
        var scanned = 0
        var atEnd = false
        while !atEnd {
            beforeWaiting()
            atEnd = try read(appendingTo: &buffer) == 0
            var start = 0
            try buffer.withUnsafeBytes { raw in
                var index = scanned
                while index < raw.count {
                    let end = ByteScan.index(of: 0x0A, in: raw, from: index, to: raw.count)
                    guard end < raw.count else { break }
                    try body(UnsafeRawBufferPointer(rebasing: raw[start..<end]), line)
                    line += 1
                    start = end + 1
                    index = start
                }
                if atEnd && start < raw.count {
                    try body(UnsafeRawBufferPointer(rebasing: raw[start..<raw.count]), line)
                    start = raw.count
                }
            }
            buffer.removeFirst(start)
            scanned = buffer.count
        }
    }
}

/// Standard output written in large blocks, flushed on request.
struct BufferedOutput {
    private var pending: [UInt8] = []

    /// Adds a line.
    mutating func write(line: String) {
        pending.append(contentsOf: line.utf8)
        pending.append(0x0A)
        if pending.count >= 1 << 16 { flush() }
    }

    /// Writes what is pending.
    mutating func flush() {
        guard !pending.isEmpty else { return }
        FileHandle.standardOutput.write(Data(pending))
        pending.removeAll(keepingCapacity: true)
    }
}

import Foundation

/// Runs `fsync` on several files at once, each on a thread of its own (up to ``maximumThreads`` at a time).
///
/// A file system with a journal (ext4, XFS) commits the `fsync`s that wait at the same time together; one after the
/// other, each waits for a commit of its own, which is most of what writing a small output folder costs.
enum ParallelSync {
    /// The most threads that sync at once.
    static let maximumThreads = 16

    /// Syncs every descriptor with `sync`; returns each one's `errno` (0 when it succeeded), in the same order.
    static func sync(_ descriptors: [Int32], with sync: @escaping @Sendable (Int32) -> Int32) -> [Int32] {
        if descriptors.count <= 1 {
            return descriptors.map { sync($0) == 0 ? 0 : errno }
        }
        let results = Results(count: descriptors.count)
        let threads = min(descriptors.count, maximumThreads)
        let group = DispatchGroup()
        for first in 0..<threads {
            group.enter()
            let thread = Thread {
                for index in stride(from: first, to: descriptors.count, by: threads) {
                    results.set(index, sync(descriptors[index]) == 0 ? 0 : errno)
                }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return results.values
    }

    /// The threads' results, each written by one thread and read after all have finished.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var codes: [Int32]

        init(count: Int) {
            codes = Array(repeating: 0, count: count)
        }

        func set(_ index: Int, _ code: Int32) {
            lock.lock()
            codes[index] = code
            lock.unlock()
        }

        var values: [Int32] {
            lock.lock()
            defer { lock.unlock() }
            return codes
        }
    }
}

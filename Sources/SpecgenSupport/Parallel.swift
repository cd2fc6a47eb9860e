import Dispatch

/// A value computed on another thread, waited for when it is needed.
public final class Background<Value: Sendable>: @unchecked Sendable {
    // Written once by the background work before `done` is signalled; read only after waiting for it.
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts the work.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// The value (or the error), once the work has finished.
    public func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}

/// Runs independent work on every core.
public enum Parallel {
    /// The results of `body(0)` … `body(count - 1)`, computed concurrently, in index order.
    ///
    /// - Parameters:
    ///   - count: How many results.
    ///   - order: The order in which to start the indices (the costliest first keeps the cores busy to the end);
    ///     by default, index order.
    ///   - body: The work for one index.
    /// - Throws: The error of the lowest index that failed.
    public static func map<T: Sendable>(_ count: Int, order: [Int]? = nil, _ body: @Sendable (Int) throws -> T) throws
        -> [T]
    {
        let order = order ?? Array(0..<count)
        precondition(order.count == count && Set(order).count == count, "order must list every index once")
        var values = [Result<T, any Error>?](repeating: nil, count: count)
        values.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one iteration, and read only after all of them have finished.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { step in
                let index = order[step]
                slots[index] = Result { try body(index) }
            }
        }
        return try values.map { try $0!.get() }
    }
}

import Foundation

/// A value behind a lock that ThreadSanitizer can follow (an `NSLock`, a pthread mutex):
/// `Synchronization.Mutex` is a bare futex on Linux, so TSan saw every access under it as a race.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

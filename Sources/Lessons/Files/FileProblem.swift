#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file cannot be read or written: the path as given and the reason, for a learner
/// ("fuzz-out/seed-3.yaml: is a FIFO, not a regular file").
public struct FileProblem: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The problem of the last failed system call, in the system's words.
    static func system(_ path: String, _ prefix: String = "") -> FileProblem {
        FileProblem(path: path, reason: prefix + String(cString: strerror(errno)))
    }

    public var description: String { "\(path): \(reason)" }
}

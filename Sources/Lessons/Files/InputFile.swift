#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file that raftlab was given (issue 10, "Input files"): only a regular file,
/// and only up to `limit` bytes. Anything else is refused before it is read: a FIFO (which
/// would block), a device (`/dev/zero` never ends), a directory, a larger file.
public enum InputFile {
    public static func read(_ path: String, limit: Int) throws(FileProblem) -> [UInt8] {
        try refuseUnlessSmallFile(FileKind.of(path), path, limit: limit)
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)  // a FIFO put here since stat does not block
        guard fd >= 0 else { throw FileProblem.system(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileProblem.system(path) }
        try refuseUnlessSmallFile(FileKind.kind(info), path, limit: limit)
        return try readAll(fd, path, limit: limit)
    }

    static func refuseUnlessSmallFile(_ kind: FileKind, _ path: String, limit: Int) throws(FileProblem) {
        if let notAFile = kind.notAFile { throw FileProblem(path: path, reason: notAFile) }
        if case .regular(let size) = kind, size > limit { throw tooLarge(path, size: size, limit: limit) }
    }

    static func tooLarge(_ path: String, size: Int64?, limit: Int) -> FileProblem {
        let mib = limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        let actual = size.map { "\($0) bytes" } ?? "larger"
        return FileProblem(path: path, reason: "is \(actual), over the limit of \(mib)")
    }

    /// At most `limit` bytes; a file that grew past it since `stat` is refused as too large.
    static func readAll(_ fd: Int32, _ path: String, limit: Int) throws(FileProblem) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw FileProblem.system(path) }
            if count == 0 { return bytes }
            bytes += buffer.prefix(count)
            if bytes.count > limit { throw tooLarge(path, size: nil, limit: limit) }
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif

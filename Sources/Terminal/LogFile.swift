import Foundation

/// Diagnostics while curses owns the screen: lines go to a file, never to the terminal,
/// and standard error is pointed at the same file (so a runtime trap's message lands there).
public final class LogFile {
    public let path: String
    let fd: Int32
    /// Standard error as it was before `redirectStandardError`, or -1.
    public private(set) var savedStandardError: Int32 = -1
    /// Logs are cut when they grow past this, at open.
    static let limit = 1 << 20

    /// `$XDG_STATE_HOME/raftlab/raftlab.log`, else `~/.local/state/raftlab/raftlab.log`
    /// (where the lesson player keeps its state), else `/tmp/raftlab-UID.log`.
    public static func defaultPaths(environment: [String: String]) -> [String] {
        var paths: [String] = []
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            paths.append(state + "/raftlab/raftlab.log")
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            paths.append(home + "/.local/state/raftlab/raftlab.log")
        }
        paths.append("/tmp/raftlab-\(getuid()).log")
        return paths
    }

    /// Opens the first of `paths` that can be written (creating its directory), else /dev/null.
    public init(paths: [String]) {
        for candidate in paths {
            let dir = (candidate as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let size = (try? FileManager.default.attributesOfItem(atPath: candidate)[.size] as? Int) ?? 0
            let truncate = size > Self.limit ? O_TRUNC : 0
            // Never blocks on a FIFO, never follows a link, and keeps only a regular file (issue 10).
            let opened = open(candidate, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW | truncate, 0o600)
            if opened >= 0, !Self.isRegularFile(opened) { close(opened); continue }
            if opened >= 0 {
                path = candidate
                fd = opened
                return
            }
        }
        path = "/dev/null"
        fd = open("/dev/null", O_WRONLY | O_CLOEXEC)
    }

    static func isRegularFile(_ fd: Int32) -> Bool {
        var info = stat()
        return fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Appends one line with the wall-clock time.
    public func write(_ line: String) {
        let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: .current,
                                                formatOptions: [.withInternetDateTime])
        let text = "\(stamp) [\(getpid())] \(line)\n"
        text.utf8CString.withUnsafeBufferPointer { buffer in
            _ = Foundation.write(fd, buffer.baseAddress, buffer.count - 1)
        }
    }

    /// Points file descriptor 2 at the log; returns the saved descriptor of the old one.
    @discardableResult
    public func redirectStandardError() -> Int32 {
        guard savedStandardError < 0 else { return savedStandardError }
        fflush(nil)
        savedStandardError = fcntl(2, F_DUPFD_CLOEXEC, 10)
        if savedStandardError >= 0 { dup2(fd, 2) }
        return savedStandardError
    }

    /// Puts standard error back as it was.
    public func restoreStandardError() {
        guard savedStandardError >= 0 else { return }
        fflush(nil)
        dup2(savedStandardError, 2)
        close(savedStandardError)
        savedStandardError = -1
    }

    deinit {
        restoreStandardError()
        close(fd)
    }
}

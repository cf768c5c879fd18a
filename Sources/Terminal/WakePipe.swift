import Foundation
import Glibc

/// A self-pipe that wakes the main loop from `poll()`: the runtime's `onChange`, signal
/// handlers and SIGWINCH write a byte, the main loop drains it.
public final class WakePipe: @unchecked Sendable {
    public let readFD: Int32
    public let writeFD: Int32
    /// Guards `closed`: a wake racing `close` (a runtime or a cluster still reporting while the
    /// session ends) must not write into whatever file reuses the descriptor.
    private let lock = NSLock()
    private var closed = false

    public init() throws(TerminalError) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw .system("pipe", errno) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        writeFD = fds[1]
    }

    /// Safe from any thread, also after `close` (then it does nothing); a full pipe already
    /// means "wake up".
    public func wake() {
        lock.withLock {
            guard !closed else { return }
            var byte: UInt8 = 1
            _ = Glibc.write(writeFD, &byte, 1)
        }
    }

    /// Empties the pipe.
    public func drain() {
        var buffer = [UInt8](repeating: 0, count: 512)
        while Glibc.read(readFD, &buffer, buffer.count) > 0 {}
    }

    /// What woke `wait`.
    public enum Wake: Sendable, Equatable {
        /// Input is waiting.
        case input
        /// The input is gone (the terminal hung up, end of file, or an error): nothing more will come.
        case hangup
        /// The pipe, a signal or the timeout.
        case other
    }

    /// Sleeps until `input` is readable, the pipe is woken, or `timeout` ms pass (-1: no limit).
    @discardableResult
    public func wait(input: Int32, timeout: Int32) -> Wake {
        var fds = [pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 2, timeout) > 0 else { return .other }  // 0: timeout; -1: EINTR (a signal)
        let seen = Int32(fds[0].revents)
        // A hung-up terminal is also "readable" (POLLIN with POLLHUP): the hang-up decides (issue 10).
        if seen & Int32(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hangup }
        guard seen & Int32(POLLIN) != 0 else { return .other }
        return Self.bytesWaiting(input) > 0 ? .input : .hangup  // readable with nothing to read: EOF or EIO
    }

    /// The bytes waiting on `fd` (FIONREAD); 0 at end of file, -1 on an error (EIO).
    static func bytesWaiting(_ fd: Int32) -> Int32 {
        var count: Int32 = 0
        return ioctl(fd, UInt(FIONREAD), &count) == 0 ? count : -1
    }

    /// Closes both ends once; later wakes do nothing.
    public func close() {
        lock.withLock {
            guard !closed else { return }
            closed = true
            _ = Glibc.close(readFD)
            _ = Glibc.close(writeFD)
        }
    }
}

/// A terminal set-up step that failed.
public enum TerminalError: Error, CustomStringConvertible {
    case system(String, Int32)
    case cannotOpen(String)

    public var description: String {
        switch self {
        case let .system(call, code): "\(call) failed: \(String(cString: strerror(code)))"
        case let .cannotOpen(term): "cannot use the terminal (TERM=\(term))"
        }
    }
}

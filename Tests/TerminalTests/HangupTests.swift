import Glibc
import Testing
@testable import Terminal

/// A terminal that goes away says so (issue 10): `wait` reports a hang-up, never input that is
/// not there, so the main loop ends instead of spinning.
struct HangupTests {
    /// A pseudo-terminal pair: the master (the terminal emulator's end) and the slave (raftlab's).
    /// (Glibc's module leaves out posix_openpt and ptsname: /dev/ptmx and its ioctls instead.)
    func pty() throws -> (master: Int32, slave: Int32) {
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        try #require(master >= 0)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        try #require(ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0)
        try #require(ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0)
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        try #require(slave >= 0)
        return (master, slave)
    }

    @Test func aClosedTerminalIsAHangup() throws {
        let (master, slave) = try pty()
        defer { close(slave) }
        let wake = try WakePipe()
        defer { wake.close() }
        close(master)  // the terminal emulator is gone: the kernel hangs the slave up
        #expect(wake.wait(input: slave, timeout: 1000) == .hangup)
    }

    @Test func inputAtEndOfFileIsAHangup() throws {
        var fds: [Int32] = [-1, -1]
        try #require(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let wake = try WakePipe()
        defer { wake.close() }
        close(fds[1])  // nothing more will come
        #expect(wake.wait(input: fds[0], timeout: 1000) == .hangup)
    }

    /// Readable with no byte to read is end of file (here a canonical terminal's EOF character).
    @Test func readableWithNothingToReadIsAHangup() throws {
        let (master, slave) = try pty()
        defer { close(slave); close(master) }
        let wake = try WakePipe()
        defer { wake.close() }
        #expect(write(master, "\u{4}", 1) == 1)  // Ctrl-D on an empty line
        #expect(wake.wait(input: slave, timeout: 1000) == .hangup)
    }

    @Test func typedKeysAreInput() throws {
        let (master, slave) = try pty()
        defer { close(slave); close(master) }
        let wake = try WakePipe()
        defer { wake.close() }
        #expect(write(master, "q\n", 2) == 2)  // a line: the pty starts in canonical mode
        #expect(wake.wait(input: slave, timeout: 1000) == .input)
    }
}

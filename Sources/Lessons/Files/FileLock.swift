#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file, held until the value is released (issue 10,
/// "Progress file": two raftlabs merge their updates one at a time).
public final class FileLock {
    let fd: Int32

    /// Locks `path` (created if missing), waiting for another holder unless `wait` is false;
    /// nil when the file cannot be opened or, without waiting, is held.
    public init?(_ path: String, wait: Bool = true) {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard fd >= 0 else { return nil }
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            guard errno == EINTR else {
                close(fd)
                return nil
            }
        }
    }

    /// Locks `path`, trying again every 10 ms for at most `patience` ms while another process
    /// holds it; nil after that: a stuck instance or a network filesystem must not freeze the
    /// caller (issue 10).
    public static func acquire(_ path: String, patience: Int) -> FileLock? {
        var waited = 0
        while true {
            if let lock = FileLock(path, wait: false) { return lock }
            if waited >= patience { return nil }
            usleep(10_000)
            waited += 10
        }
    }

    deinit { close(fd) }  // closing releases the lock
}

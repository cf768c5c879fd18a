#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file in one step (issue 10, "Output files"): a temporary file beside the
/// file, then a rename over it. A link is written through (its target gets the content and
/// the link stays); an existing file keeps its mode (and, for root, its owner); anything but
/// a regular file (a device, a FIFO, a directory) is refused and never replaced.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(FileProblem) {
        try write(Array(text.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(FileProblem) {
        let target = try FilePath.resolvingLinks(path)
        var existing = stat()
        let exists = lstat(target, &existing) == 0
        if exists, let notAFile = FileKind.kind(existing).notAFile {
            throw FileProblem(path: path, reason: target == path ? notAFile : "links to \(target), which \(notAFile)")
        }
        // A short name of its own: the file's name may already be as long as names may be.
        let temporary = FilePath.directory(of: target) + "/.raftlab-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)  // the umask applies to a new file
        guard fd >= 0 else { throw FileProblem.system(path, "cannot write beside it: ") }
        do throws(FileProblem) {
            defer { close(fd) }
            if exists { keepOwnerAndMode(fd, existing) }
            try writeAll(fd, bytes, path)
            guard fsync(fd) == 0 else { throw FileProblem.system(path) }
            try stillReplaceable(target, path)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let problem = FileProblem.system(path)
            unlink(temporary)
            throw problem
        }
    }

    /// The replaced file's mode stays (600 stays 600); its owner too when root writes it.
    static func keepOwnerAndMode(_ fd: Int32, _ existing: stat) {
        if geteuid() == 0 { _ = fchown(fd, existing.st_uid, existing.st_gid) }
        _ = fchmod(fd, existing.st_mode & 0o7777)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], _ path: String) throws(FileProblem) {
        var done = 0
        while done < bytes.count {
            let count = bytes[done...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw FileProblem.system(path) }
            done += count
        }
    }

    /// Checked again just before the rename: what took the file's place since is not replaced.
    static func stillReplaceable(_ target: String, _ path: String) throws(FileProblem) {
        let kind = try FileKind.of(target, followLinks: false)
        if kind != .missing, let notAFile = kind.notAFile { throw FileProblem(path: path, reason: notAFile) }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

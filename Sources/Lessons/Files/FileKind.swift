#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, found with `stat`/`lstat`, never by opening it (a FIFO would block).
public enum FileKind: Equatable, Sendable {
    case missing
    case regular(size: Int64)
    case directory, device, fifo, socket, link, other

    /// The kind at `path`; a link is followed unless `followLinks` is false.
    public static func of(_ path: String, followLinks: Bool = true) throws(FileProblem) -> FileKind {
        guard !path.isEmpty else { throw FileProblem(path: path, reason: "an empty path") }
        var info = stat()
        let found = followLinks ? stat(path, &info) : lstat(path, &info)
        guard found == 0 else {
            if errno == ENOENT { return .missing }
            throw FileProblem.system(path)
        }
        return kind(info)
    }

    static func kind(_ info: stat) -> FileKind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: .regular(size: Int64(info.st_size))
        case S_IFDIR: .directory
        case S_IFCHR, S_IFBLK: .device
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        case S_IFLNK: .link
        default: .other
        }
    }

    /// Why a path of this kind is not a regular file, or nil for a regular file.
    var notAFile: String? {
        switch self {
        case .missing: "No such file or directory"
        case .regular: nil
        case .directory: "is a directory, not a regular file"
        case .device: "is a device, not a regular file"
        case .fifo: "is a FIFO, not a regular file"
        case .socket: "is a socket, not a regular file"
        case .link, .other: "is not a regular file"
        }
    }

    /// Why a path of this kind is not a directory.
    var notADirectory: String {
        switch self {
        case .regular: "is a file, not a directory"
        case .device: "is a device, not a directory"
        case .fifo: "is a FIFO, not a directory"
        default: "is not a directory"
        }
    }
}

import Foundation

/// Path arithmetic for the files raftlab writes: the directory holding a file, and the file
/// a symbolic link finally names.
enum FilePath {
    /// The directory of `path` ("." for a bare name, "/" for a file at the root).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// `path`, or the file its symbolic link names, link after link (at most 40, as Linux), even
    /// when the last target does not exist yet: writing through a link keeps the link.
    static func resolvingLinks(_ path: String) throws(FileProblem) -> String {
        var current = path
        for _ in 0..<40 {
            guard try FileKind.of(current, followLinks: false) == .link else { return current }
            let target: String
            do {
                target = try FileManager.default.destinationOfSymbolicLink(atPath: current)
            } catch {
                throw FileProblem(path: path, reason: "cannot read the link \(current)")
            }
            current = target.hasPrefix("/") ? target : directory(of: current) + "/" + target
        }
        throw FileProblem(path: path, reason: "too many levels of symbolic links")
    }
}

import Foundation

/// Finds scenario files: a file as given, a directory searched for `.yaml`/`.yml` files.
public enum ScenarioFiles {
    /// What one path given to `check` holds: scenario files, or why it holds none.
    public enum Found: Equatable, Sendable {
        case file(String)
        case problem(FileProblem)
    }

    public static func expand(_ paths: [String]) -> [String] {
        find(paths).compactMap { if case .file(let path) = $0 { path } else { nil } }
    }

    /// Each path's files; a directory that cannot be listed, or holds no scenario file, is a
    /// problem (issue 10: `check` then exits 2, not 0).
    public static func find(_ paths: [String]) -> [Found] {
        paths.flatMap { path -> [Found] in
            guard (try? FileKind.of(path)) == .directory else { return [.file(path)] }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            var files: [String] = [], problems: [FileProblem] = []
            walk(base, files: &files, problems: &problems)
            if files.isEmpty && problems.isEmpty {
                problems.append(FileProblem(path: path, reason: "no scenario files (.yaml, .yml) in this directory"))
            }
            return files.sorted().map(Found.file) + problems.map(Found.problem)
        }
    }

    /// The scenario files under `directory`, and the directories that cannot be listed; links
    /// to directories are not followed (no loops).
    static func walk(_ directory: String, files: inout [String], problems: inout [FileProblem]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            return problems.append(FileProblem(path: directory, reason: "cannot be listed: \(reason(error))"))
        }
        for name in names {
            let path = "\(directory)/\(name)"
            if (try? FileKind.of(path, followLinks: false)) == .directory { walk(path, files: &files, problems: &problems) }
            else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { files.append(path) }
        }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix = underlying, posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        return ns.localizedDescription
    }
}

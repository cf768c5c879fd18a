#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks where raftlab will write, before the work that produces the file starts (issue 10,
/// "Output files"): `--record FILE`, `fuzz --out DIR`. Each returns the problem, or nil.
public enum OutputPath {
    /// Whether a file can be written at `path` (through a link to its target) by `AtomicFile`:
    /// a regular file that may be written, or a new name in a writable directory.
    public static func problem(writingFile path: String) -> FileProblem? {
        do {
            let target = try FilePath.resolvingLinks(path)
            let via = target == path ? "" : "links to \(target), which "
            let kind = try FileKind.of(target, followLinks: false)
            if kind != .missing, let notAFile = kind.notAFile {
                return FileProblem(path: path, reason: via + notAFile)
            }
            if kind != .missing, access(target, W_OK) != 0 { return FileProblem.system(path, via + "cannot be written: ") }
            return problem(creatingIn: FilePath.directory(of: target), for: path)
        } catch {
            return error
        }
    }

    /// Whether files can be written into the directory `path`, made (with its parents) if missing.
    public static func problem(writingInto path: String) -> FileProblem? {
        do {
            var existing = path
            while try FileKind.of(existing) == .missing, existing != "/", existing != "." {
                existing = FilePath.directory(of: existing)
            }
            return problem(creatingIn: existing, for: path)
        } catch {
            return error
        }
    }

    /// Whether a new file can be made in `directory` (the temporary file of an atomic write).
    static func problem(creatingIn directory: String, for path: String) -> FileProblem? {
        let named = directory == path ? "" : "the directory \(directory) "
        let kind: FileKind
        do { kind = try FileKind.of(directory) } catch { return FileProblem(path: path, reason: named + error.reason) }
        switch kind {
        case .directory:
            guard access(directory, W_OK | X_OK) == 0 else { return FileProblem.system(path, named + "is not writable: ") }
            return nil
        case .missing: return FileProblem(path: path, reason: named + "does not exist")
        default: return FileProblem(path: path, reason: named + kind.notADirectory)
        }
    }
}

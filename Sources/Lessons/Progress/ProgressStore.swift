import Foundation
import Picture

/// The learner's progress, kept as JSON in `$XDG_STATE_HOME/raftlab/progress.json`, else
/// `~/.local/state/raftlab/progress.json` (product.md, "Lessons"). A file that cannot be read
/// or written is ignored with a note (`notes`), never an error: progress is a convenience.
/// Each save re-reads the file and merges under a lock, so two raftlabs keep both lessons'
/// progress (issue 10); it is written atomically, through a link (`AtomicFile`).
public struct ProgressStore: Sendable {
    /// The file, or nil when there is no place for it (no `XDG_STATE_HOME` and no `HOME`).
    public let path: String?
    /// Progress by lesson id (a lesson file's name without `.yaml`, or the path of another file).
    public private(set) var lessons: [String: LessonProgress] = [:]
    /// What went wrong reading or writing the file, for the learner; the newest last.
    public private(set) var notes: [String] = []
    /// Whether a write already failed (later failures add no note).
    var writeFailed = false
    /// How long a save waits for another raftlab's lock, in ms.
    public var lockPatience = 200

    /// The store at the standard place for `environment`, loaded.
    public init(environment: [String: String]) {
        self.init(path: Self.defaultPath(environment: environment))
    }

    /// The store in the file at `path` (nil: nowhere; nothing is kept), loaded.
    public init(path: String?) {
        self.path = path
        if let path { lessons = take(ProgressFile.read(path), path: path) ?? [:] }
    }

    /// `$XDG_STATE_HOME/raftlab/progress.json` (an absolute XDG_STATE_HOME only, as the XDG
    /// base directory spec says), else `$HOME/.local/state/raftlab/progress.json`.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return "\(state)/raftlab/progress.json"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return "\(home)/.local/state/raftlab/progress.json"
        }
        return nil
    }

    /// The lessons of what the file holds (nil when none), noting its problems once each.
    mutating func take(_ found: ProgressFile.Found, path: String) -> [String: LessonProgress]? {
        switch found {
        case .missing: return nil
        case .lessons(let lessons, let dropped):
            if dropped > 0 {
                note("progress file \(path): \(dropped) \(dropped == 1 ? "entry" : "entries") could not be read "
                     + "and \(dropped == 1 ? "was" : "were") left out")
            }
            return lessons
        case .broken(let reason):
            note("progress file \(path) is broken (\(reason)); starting without saved progress, and it will be replaced")
            return nil
        case .readOnly(let reason):
            note("progress file \(path) \(reason); it is left as it is, and progress is kept only until you quit")
            return nil
        }
    }

    /// Adds `text` to the notes unless it is there; returns it when new.
    @discardableResult
    mutating func note(_ text: String) -> String? {
        guard !notes.contains(text) else { return nil }
        notes.append(text)
        return text
    }

    /// Records that the learner reached `step` (1-based) of the lesson `id`, or its end, and
    /// saves the file. Returns a new note when the file could not be read or written.
    @discardableResult
    public mutating func record(_ id: String, step: Int, steps: Int, finished: Bool) -> String? {
        let wasFinished = lessons[id]?.finished ?? false
        let new = LessonProgress(finished: wasFinished || finished, step: step, steps: steps)
        guard lessons[id] != new else { return nil }
        lessons[id] = new
        return save(id)
    }

    /// Under the lock: re-reads the file, merges `id`'s progress into it, writes it atomically.
    /// A file that must not be written is left alone. Returns a new note, if any.
    mutating func save(_ id: String) -> String? {
        guard let path else { return nil }
        let before = notes.count
        do {
            try FileManager.default.createDirectory(atPath: FilePath.directory(of: path), withIntermediateDirectories: true)
            guard let lock = FileLock.acquire(Self.lockPath(path), patience: lockPatience) else {
                note("another raftlab holds the progress file; this step is kept and saved with the next")
                return newNotes(since: before)
            }
            defer { withExtendedLifetime(lock) {} }
            let found = ProgressFile.read(path)
            let theirs = take(found, path: path)
            if case .readOnly = found { return newNotes(since: before) }
            lessons = Self.merged(theirs ?? [:], mine: lessons, changed: id)
            try AtomicFile.write(ProgressFile.encode(lessons), to: path)
        } catch {
            if !writeFailed { note("progress cannot be saved to \(path) (\(Self.reason(error))); it is kept until you quit") }
            writeFailed = true
        }
        return newNotes(since: before)
    }

    /// The notes added since there were `count`, as one text; nil when none.
    func newNotes(since count: Int) -> String? {
        notes.count > count ? notes[count...].joined(separator: " ") : nil
    }

    /// The file's entries are the newest for every lesson but `changed`, which is ours (and
    /// stays finished if either finished it); lessons only we know are kept.
    static func merged(_ theirs: [String: LessonProgress], mine: [String: LessonProgress],
                       changed id: String) -> [String: LessonProgress] {
        var out = mine.merging(theirs) { _, file in file }
        if var entry = mine[id] {
            entry.finished = entry.finished || (theirs[id]?.finished ?? false)
            out[id] = entry
        }
        return out
    }

    /// `progress.json.lock` beside the file the link names (every writer of it locks the same).
    static func lockPath(_ path: String) -> String {
        ((try? FilePath.resolvingLinks(path)) ?? path) + ".lock"
    }

    /// A short reason for an error, without Foundation's long descriptions.
    static func reason(_ error: Error) -> String {
        if let problem = error as? FileProblem { return problem.reason }
        if let decoding = error as? DecodingError {
            switch decoding {
            case .dataCorrupted: return "not JSON"
            case .keyNotFound(let key, _): return "no \(key.stringValue)"
            case .typeMismatch, .valueNotFound: return "unexpected content"
            @unknown default: return "unexpected content"
            }
        }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(ns.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return ns.localizedDescription
    }
}

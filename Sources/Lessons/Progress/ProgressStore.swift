import Foundation
import Picture

/// The learner's progress, kept as JSON in `$XDG_STATE_HOME/raftlab/progress.json`, else
/// `~/.local/state/raftlab/progress.json` (product.md, "Lessons"). A file that cannot be read
/// or written is ignored with a note (`notes`), never an error: progress is a convenience.
public struct ProgressStore: Sendable {
    /// The file, or nil when there is no place for it (no `XDG_STATE_HOME` and no `HOME`).
    public let path: String?
    /// Progress by lesson id (a lesson file's name without `.yaml`, or the path of another file).
    public private(set) var lessons: [String: LessonProgress] = [:]
    /// What went wrong reading or writing the file, for the learner; the newest last.
    public private(set) var notes: [String] = []
    /// Whether a write already failed (later failures add no note).
    var writeFailed = false

    /// The file's version; another version is ignored with a note.
    static let version = 1

    struct File: Codable {
        var version: Int
        var lessons: [String: LessonProgress]
    }

    /// The store at the standard place for `environment`, loaded.
    public init(environment: [String: String]) {
        self.init(path: Self.defaultPath(environment: environment))
    }

    /// The store in the file at `path` (nil: nowhere; nothing is kept), loaded.
    public init(path: String?) {
        self.path = path
        load()
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

    mutating func load() {
        guard let path, FileManager.default.fileExists(atPath: path) else { return }
        guard let data = FileManager.default.contents(atPath: path) else {
            return notes.append("progress file \(path) cannot be read; starting without saved progress")
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            guard file.version == Self.version else {
                return notes.append("progress file \(path) has version \(file.version), not \(Self.version); "
                                    + "starting without saved progress")
            }
            lessons = file.lessons.filter { $0.value.steps > 0 && $0.value.step >= 0 }
        } catch {
            notes.append("progress file \(path) is broken (\(Self.reason(error))); starting without saved progress, "
                         + "and it will be replaced")
        }
    }

    /// Records that the learner reached `step` (1-based) of the lesson `id`, or its end, and
    /// saves the file. Returns the note when the file could not be written (once).
    @discardableResult
    public mutating func record(_ id: String, step: Int, steps: Int, finished: Bool) -> String? {
        let wasFinished = lessons[id]?.finished ?? false
        let new = LessonProgress(finished: wasFinished || finished, step: step, steps: steps)
        guard lessons[id] != new else { return nil }
        lessons[id] = new
        return save()
    }

    /// Writes the file (atomically); returns a note on the first failure.
    mutating func save() -> String? {
        guard let path else { return nil }
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(File(version: Self.version, lessons: lessons))
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            guard !writeFailed else { return nil }
            writeFailed = true
            let note = "progress cannot be saved to \(path) (\(Self.reason(error))); it is kept until you quit"
            notes.append(note)
            return note
        }
    }

    /// A short reason for an error, without Foundation's long descriptions.
    static func reason(_ error: Error) -> String {
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

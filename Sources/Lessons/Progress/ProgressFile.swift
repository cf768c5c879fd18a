import Foundation
import Picture

/// The progress file's content (version 1: per lesson id `finished`, `step`, `steps`), read
/// leniently: an entry that cannot be read is left out and counted, the rest kept (issue 10).
enum ProgressFile {
    /// The file's version; a newer one is read-only, an older or unknown one is broken.
    static let version = 1
    /// The largest progress file read: bigger ones are left alone, never read whole (issue 10).
    static let limit = 1 << 20

    /// What reading the file found.
    enum Found: Equatable {
        case missing
        /// The lessons, and how many entries could not be read.
        case lessons([String: LessonProgress], dropped: Int)
        /// Not a progress file: replaced on the next save.
        case broken(String)
        /// A file that must not be written (newer, too large, unreadable, not a file): why.
        case readOnly(String)
    }

    static func read(_ path: String) -> Found {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }  // stat only: a FIFO does not block
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path, limit: limit)
        } catch {
            return .readOnly(error.reason)
        }
        return decode(Data(bytes))
    }

    static func decode(_ data: Data) -> Found {
        do {
            let header = try JSONDecoder().decode(Header.self, from: data)
            if header.version > version {
                return .readOnly("has version \(header.version), newer than this raftlab's (\(version))")
            }
            guard header.version == version else { return .broken("version \(header.version), not \(version)") }
            let entries = try JSONDecoder().decode(Body.self, from: data).lessons
            let lessons = entries.compactMapValues(\.progress).filter { $0.value.steps > 0 && $0.value.step >= 0 }
            return .lessons(lessons, dropped: entries.count - lessons.count)
        } catch {
            return .broken(ProgressStore.reason(error))
        }
    }

    static func encode(_ lessons: [String: LessonProgress]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return Array(try encoder.encode(File(version: version, lessons: lessons)))
    }

    struct File: Encodable {
        var version: Int
        var lessons: [String: LessonProgress]
    }

    struct Header: Decodable { var version: Int }
    struct Body: Decodable { var lessons: [String: Entry] }

    /// One lesson's entry, nil when it is not a `LessonProgress`.
    struct Entry: Decodable {
        var progress: LessonProgress?
        init(from decoder: Decoder) throws { progress = try? LessonProgress(from: decoder) }
    }
}

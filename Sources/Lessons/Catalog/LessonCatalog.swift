import Foundation
import Picture

/// One lesson the player can open: a scenario file and where it sits among the lessons.
public struct LessonEntry: Sendable, Equatable {
    /// The key of its progress: the file name without `.yaml` for a lesson in the catalog
    /// (`04-who-may-lead`), else the file's absolute path.
    public var id: String
    /// The number in its file name (`04-who-may-lead.yaml` is 4), if any.
    public var number: Int?
    /// The path it was loaded from.
    public var path: String
    public var scenario: Scenario

    public init(id: String, number: Int?, path: String, scenario: Scenario) {
        self.id = id
        self.number = number
        self.path = path
        self.scenario = scenario
    }

    /// What the lesson menu shows of it.
    public var listing: LessonListing {
        LessonListing(id: id, number: number, title: scenario.title, summary: scenario.summary, steps: scenario.steps.count,
                      stops: LessonRun.stops(scenario))
    }

    /// The name without its number: `who-may-lead`.
    public var slug: String {
        guard number != nil, let dash = id.firstIndex(of: "-") else { return id }
        return String(id[id.index(after: dash)...])
    }
}

/// The lessons in a directory (`scenarios/`), in file-name order, and how a learner names one:
/// `4`, `04`, `04-who-may-lead`, `who-may-lead`, or a path to any scenario file.
public struct LessonCatalog: Sendable {
    public var directory: String?
    public var entries: [LessonEntry]
    /// Files that could not be loaded, as `raftlab check` prints them.
    public var problems: [String]

    public init(directory: String? = nil, entries: [LessonEntry] = [], problems: [String] = []) {
        self.directory = directory
        self.entries = entries
        self.problems = problems
    }

    /// Loads every `.yaml`/`.yml` file of `directory` (not below it: lessons sit side by side).
    public static func load(directory: String) -> LessonCatalog {
        var catalog = LessonCatalog(directory: directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                catalog.entries.append(entry(path: path, scenario: try ScenarioLoader.load(path: path)))
            } catch {
                catalog.problems.append(error.description)
            }
        }
        return catalog
    }

    /// The entry of a file: its stem as id, and the number it starts with.
    static func entry(path: String, scenario: Scenario) -> LessonEntry {
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        return LessonEntry(id: stem, number: Int(digits), path: path, scenario: scenario)
    }

    /// The lesson a learner named, without loading anything.
    public func find(_ name: String) -> LessonEntry? {
        let bare = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name.hasSuffix(".yml") ? String(name.dropLast(4)) : name
        if let number = Int(bare), bare.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return entries.first { $0.number == number }
        }
        return entries.first { $0.id == bare } ?? entries.first { $0.slug == bare }
    }

    /// The lesson after `entry` in the catalog, if it is in it.
    public func next(after entry: LessonEntry) -> LessonEntry? {
        guard let k = entries.firstIndex(where: { $0.id == entry.id && $0.path == entry.path }), k + 1 < entries.count else {
            return nil
        }
        return entries[k + 1]
    }

    /// What `raftlab lesson NAME` opens: a catalog lesson by number or name, else the scenario
    /// file at that path (any scenario plays as a lesson; one inside the catalog's directory is
    /// its catalog entry, so the next lesson follows).
    public func resolve(_ name: String) -> Result<LessonEntry, ScenarioError> {
        let looksLikePath = name.contains("/") || FileManager.default.fileExists(atPath: name)
        if !looksLikePath, let found = find(name) { return .success(found) }
        let absolute = URL(fileURLWithPath: name).standardizedFileURL.path
        if let inside = entries.first(where: { URL(fileURLWithPath: $0.path).standardizedFileURL.path == absolute }) {
            return .success(inside)
        }
        do {
            let scenario = try ScenarioLoader.load(path: name)
            return .success(LessonEntry(id: absolute, number: nil, path: name, scenario: scenario))
        } catch {
            return .failure(error)
        }
    }

    /// The resource bundle SwiftPM builds beside the executable for this target (Package.swift
    /// copies `scenarios/` into it): `<package>_<target>.resources` on Linux, `.bundle` on macOS.
    /// Found by path, not `Bundle.module`, whose accessor stops the program when the bundle is missing.
    #if os(macOS)
    static let bundleNames = ["raftlab_Lessons.bundle/Contents/Resources", "raftlab_Lessons.bundle"]
    #else
    static let bundleNames = ["raftlab_Lessons.resources"]
    #endif

    /// Where lessons are looked for, in order: `explicit` (`--dir`) alone if given; else the
    /// resource bundle beside the executable, `../share/raftlab/scenarios` from the
    /// executable's directory (an installed copy), and `scenarios` in the working directory.
    public static func candidates(explicit: String?, workingDirectory: String, executable: String?) -> [String] {
        if let explicit { return [explicit] }
        var found: [String] = []
        if let executable {
            let dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            found += bundleNames.map { dir.appendingPathComponent($0).path }
            found.append(dir.deletingLastPathComponent().appendingPathComponent("share/raftlab/scenarios").path)
        }
        found.append((workingDirectory as NSString).appendingPathComponent("scenarios"))
        return found
    }

    /// The first candidate that holds lessons (a directory with a `.yaml` file), if any.
    public static func locate(explicit: String?, workingDirectory: String, executable: String?) -> String? {
        candidates(explicit: explicit, workingDirectory: workingDirectory, executable: executable).first(where: holdsLessons)
    }

    /// Whether `path` is a directory with at least one scenario file in it.
    public static func holdsLessons(_ path: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.contains { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
    }

    /// What to say when no lessons are found: where they were looked for.
    public static func notFound(explicit: String?, workingDirectory: String, executable: String?) -> String {
        if let explicit { return "no lessons found in \(explicit)" }
        let places = candidates(explicit: nil, workingDirectory: workingDirectory, executable: executable)
        return "no lessons found; looked in " + places.joined(separator: ", ") + ". Name a directory of lessons with --dir DIR."
    }
}

import Foundation
import Lessons
import Picture
import Testing

/// The progress file: where it lives, what it keeps, and that a broken or unwritable one is
/// ignored with a note, never an error.
struct ProgressStoreTests {
    func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "raftlab-progress-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func itLivesUnderXdgStateHomeElseHome() {
        #expect(ProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/raftlab/progress.json")
        #expect(ProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
                == "/h/.local/state/raftlab/progress.json")
        #expect(ProgressStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/raftlab/progress.json")
        #expect(ProgressStore.defaultPath(environment: [:]) == nil)
    }

    @Test func progressIsSavedAndReadBack() throws {
        let dir = try temporaryDirectory()
        var store = ProgressStore(environment: ["XDG_STATE_HOME": dir])
        #expect(store.lessons.isEmpty && store.notes.isEmpty)
        #expect(store.record("04-who-may-lead", step: 12, steps: 47, finished: false) == nil)
        store.record("01-welcome", step: 24, steps: 24, finished: true)
        store.record("01-welcome", step: 3, steps: 24, finished: false)  // finished stays finished
        let again = ProgressStore(environment: ["XDG_STATE_HOME": dir])
        #expect(again.notes.isEmpty)
        #expect(again.lessons["04-who-may-lead"] == LessonProgress(step: 12, steps: 47))
        #expect(again.lessons["01-welcome"] == LessonProgress(finished: true, step: 3, steps: 24))
        #expect(FileManager.default.fileExists(atPath: dir + "/raftlab/progress.json"))
    }

    @Test(arguments: ["not json {", "{\"version\": 1}", "{\"version\": 0, \"lessons\": {}}", "[1, 2]", ""])
    func aBrokenFileIsIgnoredWithANote(_ content: String) throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/raftlab", withIntermediateDirectories: true)
        try content.write(toFile: dir + "/raftlab/progress.json", atomically: true, encoding: .utf8)
        var store = ProgressStore(environment: ["XDG_STATE_HOME": dir])
        #expect(store.lessons.isEmpty)
        #expect(store.notes.count == 1)
        #expect(store.notes.first?.contains("progress.json") == true)
        #expect(store.record("x", step: 2, steps: 5, finished: false) == nil)
        #expect(ProgressStore(environment: ["XDG_STATE_HOME": dir]).lessons["x"] == LessonProgress(step: 2, steps: 5))
    }

    @Test func anUnwritableFileIsNotedOnceAndProgressIsKeptInMemory() throws {
        let dir = try temporaryDirectory()
        try "a file, not a directory".write(toFile: dir + "/raftlab", atomically: true, encoding: .utf8)
        var store = ProgressStore(environment: ["XDG_STATE_HOME": dir])
        let note = store.record("x", step: 2, steps: 5, finished: false)
        #expect(note?.contains("cannot be saved") == true)
        #expect(store.record("x", step: 3, steps: 5, finished: false) == nil)
        #expect(store.lessons["x"] == LessonProgress(step: 3, steps: 5))
        #expect(store.notes.count == 1)
    }

    /// Noted once when it is read; never replaced (issue 10); progress is kept in memory.
    @Test func aDirectoryInPlaceOfTheFileIsNotACrash() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/raftlab/progress.json", withIntermediateDirectories: true)
        var store = ProgressStore(environment: ["XDG_STATE_HOME": dir])
        #expect(store.notes.count == 1)
        #expect(store.record("x", step: 2, steps: 5, finished: false) == nil)
        #expect(store.lessons["x"] == LessonProgress(step: 2, steps: 5))
        #expect(store.notes.count == 1)
    }
}

/// How a learner names a lesson: a number, a file name, a name without the number, a path.
struct LessonCatalogTests {
    let catalog = LessonCatalog.load(directory: LessonDriver.scenarios)

    @Test(arguments: ["4", "04", "04-who-may-lead", "who-may-lead", "04-who-may-lead.yaml"])
    func aLessonIsFoundByNumberOrName(_ name: String) throws {
        let entry = try #require(catalog.find(name))
        #expect(entry.id == "04-who-may-lead" && entry.number == 4 && entry.slug == "who-may-lead")
        guard case .success(let resolved) = catalog.resolve(name) else { return #expect(Bool(false)) }
        #expect(resolved.id == "04-who-may-lead")
    }

    @Test func unknownNamesAreNotFound() {
        #expect(catalog.find("99") == nil)
        #expect(catalog.find("who-may") == nil)
        guard case .failure(let error) = catalog.resolve("no-such-lesson") else { return #expect(Bool(false)) }
        #expect(error.key == "file")
    }

    @Test func aPathInsideTheCatalogIsItsEntryAndAnyOtherFilePlaysAsALesson() throws {
        guard case .success(let inside) = catalog.resolve(LessonDriver.scenarios + "/09-high-watermark.yaml") else {
            return #expect(Bool(false))
        }
        #expect(inside.id == "09-high-watermark" && catalog.next(after: inside)?.id == "10-heartbeats")
        let file = NSTemporaryDirectory() + "raftlab-any-\(UUID().uuidString.prefix(8)).yaml"
        try "title: Any file\nsteps:\n  - run: 10\n".write(toFile: file, atomically: true, encoding: .utf8)
        guard case .success(let any) = catalog.resolve(file) else { return #expect(Bool(false)) }
        #expect(any.number == nil && any.id.hasSuffix(".yaml") && catalog.next(after: any) == nil)
        try "title: Broken\nsteps: []\n".write(toFile: file, atomically: true, encoding: .utf8)
        guard case .failure = catalog.resolve(file) else { return #expect(Bool(false)) }
    }

    /// `--dir` alone; else the resource bundle beside the executable, `../share/raftlab/scenarios`,
    /// `scenarios` here (issue 10: the lessons travel with the program).
    @Test func theLessonsAreLookedForBesideTheExecutableThenHere() {
        #expect(LessonCatalog.candidates(explicit: "/x", workingDirectory: "/w", executable: "/opt/bin/raftlab") == ["/x"])
        #expect(LessonCatalog.candidates(explicit: nil, workingDirectory: "/w", executable: "/opt/bin/raftlab")
                == ["/opt/bin/raftlab_Lessons.resources", "/opt/share/raftlab/scenarios", "/w/scenarios"])
        #expect(LessonCatalog.locate(explicit: "/no/such/dir", workingDirectory: "/", executable: nil) == nil)
        let root = URL(fileURLWithPath: LessonDriver.scenarios).deletingLastPathComponent().path
        #expect(LessonCatalog.locate(explicit: nil, workingDirectory: root, executable: nil) == root + "/scenarios")
    }
}

import Foundation
import Lessons
@testable import MainLoop
import Picture
import RaftRuntime
import Testing

/// The progress file shared, damaged, newer, linked or huge (issue 10, "Progress file"):
/// merged under a lock, written atomically, never overwritten when it must not be.
struct ProgressFileTests {
    let dir = NSTemporaryDirectory() + "raftlab-progressfile-\(UUID().uuidString.prefix(8))"
    var file: String { dir + "/raftlab/progress.json" }

    init() throws { try FileManager.default.createDirectory(atPath: dir + "/raftlab", withIntermediateDirectories: true) }

    func store() -> ProgressStore { ProgressStore(environment: ["XDG_STATE_HOME": dir]) }
    func write(_ text: String) throws { try text.write(toFile: file, atomically: false, encoding: .utf8) }
    func contents() -> String? { try? String(contentsOfFile: file, encoding: .utf8) }

    /// Two raftlabs open at once, each finishing a different lesson: both are kept.
    @Test func twoInstancesKeepBothLessons() {
        var first = store(), second = store()
        first.record("01-welcome", step: 24, steps: 24, finished: true)
        second.record("04-who-may-lead", step: 3, steps: 47, finished: false)
        first.record("05-majority-quorum", step: 2, steps: 30, finished: false)
        let again = store()
        #expect(again.lessons == ["01-welcome": LessonProgress(finished: true, step: 24, steps: 24),
                                  "04-who-may-lead": LessonProgress(step: 3, steps: 47),
                                  "05-majority-quorum": LessonProgress(step: 2, steps: 30)])
        #expect(first.lessons == again.lessons)
    }

    /// Another process holding the lock (a stuck raftlab) does not freeze a save: the step is
    /// kept in memory with a note, and saved with the next one once the lock is free.
    @Test func aHeldLockDoesNotFreezeASave() throws {
        var mine = store()
        mine.lockPatience = 0
        var held: FileLock? = try #require(FileLock(file + ".lock"))
        let note = mine.record("a", step: 2, steps: 9, finished: false)
        #expect(note?.contains("another raftlab holds the progress file") == true)
        #expect(contents() == nil)
        held = nil
        _ = held
        mine.record("b", step: 1, steps: 9, finished: false)
        #expect(store().lessons == ["a": LessonProgress(step: 2, steps: 9), "b": LessonProgress(step: 1, steps: 9)])
    }

    /// The other instance's newer step of a lesson is not undone by a stale copy in memory.
    @Test func theFilesEntriesWinForOtherLessons() {
        var first = store()
        first.record("a", step: 1, steps: 9, finished: false)
        var second = store()
        second.record("a", step: 7, steps: 9, finished: false)
        first.record("b", step: 1, steps: 9, finished: false)
        #expect(store().lessons["a"] == LessonProgress(step: 7, steps: 9))
    }

    /// The lock is a `flock` on a file beside the progress file; a second holder waits.
    @Test func mergesAreSerializedByALockBesideTheFile() throws {
        var one = store()
        one.record("a", step: 1, steps: 2, finished: false)
        #expect(FileManager.default.fileExists(atPath: file + ".lock"))
        var held = FileLock(file + ".lock")
        #expect(held != nil)
        #expect(FileLock(file + ".lock", wait: false) == nil)
        held = nil
        #expect(FileLock(file + ".lock", wait: false) != nil)
    }

    @Test func oneBadEntryIsDroppedWithANoteAndTheRestKept() throws {
        try write("""
            {"version": 1, "lessons": {
              "good": {"finished": true, "step": 3, "steps": 3},
              "text": {"finished": false, "step": "three", "steps": 3},
              "number": 5,
              "negative": {"finished": false, "step": -1, "steps": 3}}}
            """)
        var progress = store()
        #expect(progress.lessons == ["good": LessonProgress(finished: true, step: 3, steps: 3)])
        #expect(progress.notes == ["progress file \(file): 3 entries could not be read and were left out"])
        #expect(progress.record("new", step: 1, steps: 2, finished: false) == nil)
        #expect(store().lessons.keys.sorted() == ["good", "new"])
    }

    @Test func aNewerVersionIsReadOnly() throws {
        let newer = "{\"version\": 2, \"lessons\": {\"a\": {\"done\": true}}}"
        try write(newer)
        var progress = store()
        #expect(progress.notes == ["progress file \(file) has version 2, newer than this raftlab's (1); "
                                   + "it is left as it is, and progress is kept only until you quit"])
        #expect(progress.record("b", step: 1, steps: 2, finished: false) == nil)
        #expect(progress.lessons["b"] == LessonProgress(step: 1, steps: 2))
        #expect(contents() == newer)
        #expect(progress.notes.count == 1)
    }

    @Test func aFileOverTheCapIsNeitherLoadedNorOverwritten() throws {
        let entry = "{\"version\": 1, \"lessons\": {\"a\": {\"finished\": true, \"step\": 1, \"steps\": 1}}}"
        try write(entry + String(repeating: " ", count: (1 << 20) + 1 - entry.utf8.count))
        var progress = store()
        #expect(progress.lessons.isEmpty)
        #expect(progress.notes.first?.hasPrefix("progress file \(file) is 1048577 bytes, over the limit of 1 MiB; ") == true)
        #expect(progress.record("b", step: 1, steps: 2, finished: false) == nil)
        #expect(contents()?.utf8.count == 1 << 20 + 1)
    }

    @Test func aLinkedFileIsWrittenThroughAndKeepsItsMode() throws {
        try FileManager.default.createDirectory(atPath: dir + "/dotfiles", withIntermediateDirectories: true)
        try "{\"version\": 1, \"lessons\": {}}".write(toFile: dir + "/dotfiles/progress.json", atomically: false, encoding: .utf8)
        chmod(dir + "/dotfiles/progress.json", 0o600)
        symlink("../dotfiles/progress.json", file)
        var progress = store()
        progress.record("a", step: 1, steps: 2, finished: false)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: file)) == "../dotfiles/progress.json")
        #expect(ProgressStore(path: dir + "/dotfiles/progress.json").lessons["a"] == LessonProgress(step: 1, steps: 2))
        var info = stat()
        #expect(stat(dir + "/dotfiles/progress.json", &info) == 0 && info.st_mode & 0o7777 == 0o600)
        #expect(FileManager.default.fileExists(atPath: dir + "/dotfiles/progress.json.lock"))
    }

    /// A FIFO in the file's place is refused from `stat`, so opening lessons never blocks.
    @Test func aFifoIsNotReadAndNotReplaced() throws {
        #expect(mkfifo(file, 0o600) == 0)
        var progress = store()
        #expect(progress.notes.first?.contains("is a FIFO, not a regular file") == true)
        #expect(progress.record("a", step: 1, steps: 2, finished: false) == nil)
        #expect((try? FileKind.of(file)) == .fifo)
    }

    /// Warnings show the way progress problems do: under the first lesson's narration.
    @Test func theWarningShowsUnderTheFirstLessonsNarration() throws {
        try write("{\"version\": 1, \"lessons\": {\"bad\": 1, \"good\": {\"finished\": false, \"step\": 1, \"steps\": 2}}}")
        let progress = store()
        let entry = try lesson("title: One\nsteps:\n  - say: hello\n", id: "good")
        let host = LessonHost(store: progress, entries: [entry], unshown: progress.notes)
        guard case .startLesson(let start)? = host.start("good", fromStart: true, progress: nil) else {
            Issue.record("no lesson started")
            return
        }
        #expect(start.note == "progress file \(file): 1 entry could not be read and was left out")
    }
}

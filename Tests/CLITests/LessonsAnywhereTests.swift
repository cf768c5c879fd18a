import Foundation
import Testing

/// The lessons travel with the program (issue 10): `raftlab lessons` and `raftlab lesson`
/// find them from any directory, and from a copy of the binary with its resource bundle or
/// with the lessons in `../share/raftlab/scenarios`; with none anywhere, a message and exit 2.
@Suite(.serialized) struct LessonsAnywhereTests {
    static let bundle = "raftlab_Lessons.resources"

    /// A copy of the built raftlab in `dir/bin`, with its lessons where `lessons` says.
    enum Lessons { case bundle, share, none }
    static func install(in dir: TemporaryDirectory, lessons: Lessons) throws -> URL {
        let built = try #require(CLI.binary)
        let bin = dir.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("raftlab")
        try copyExecutable(built, to: copy)
        switch lessons {
        case .bundle:
            let resources = built.deletingLastPathComponent().appendingPathComponent(bundle)
            try FileManager.default.copyItem(at: resources, to: bin.appendingPathComponent(bundle))
        case .share:
            let share = dir.url.appendingPathComponent("share/raftlab")
            try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("scenarios"),
                                             to: share.appendingPathComponent("scenarios"))
        case .none: break
        }
        return copy
    }

    /// Copies the binary through a descriptor closed on exec: a test forking at the same time
    /// would otherwise hold it open for writing, and running the copy fails with ETXTBSY.
    static func copyExecutable(_ from: URL, to: URL) throws {
        let data = try Data(contentsOf: from)
        let fd = open(to.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == data.count else { throw POSIXError(.EIO) }
    }

    /// Runs the copy; a fork elsewhere between our open and close can still hold it for a
    /// moment (until that child's exec), so ETXTBSY is tried again, a bounded number of times.
    static func run(_ arguments: [String], in dir: URL, executable: URL) throws -> CLI.Result {
        for _ in 0..<50 {
            do { return try CLI.run(arguments, in: dir, executable: executable) } catch {
                let cause = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
                guard cause?.domain == NSPOSIXErrorDomain && cause?.code == Int(ETXTBSY) else { throw error }
            }
        }
        return try CLI.run(arguments, in: dir, executable: executable)
    }

    /// The lesson list as the repository's lessons give it.
    static func expectAllLessons(_ result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.exited && result.status == 0, "\(result)", sourceLocation: sourceLocation)
        #expect(result.lines.filter { !$0.hasPrefix(" ") }.count == RepositoryScenarios.lessons.count, "\(result)",
                sourceLocation: sourceLocation)
        #expect(result.lines.contains { $0.hasPrefix("04-who-may-lead  ") }, "\(result)", sourceLocation: sourceLocation)
    }

    @Test func theBuiltBinaryListsItsLessonsFromAnyDirectory() throws {
        let elsewhere = try TemporaryDirectory()
        defer { elsewhere.remove() }
        Self.expectAllLessons(try CLI.run(["lessons"], in: elsewhere.url))
    }

    @Test(arguments: [Lessons.bundle, .share])
    func aCopiedBinaryFindsItsLessons(_ lessons: Lessons) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let elsewhere = try TemporaryDirectory()
        defer { elsewhere.remove() }
        let raftlab = try Self.install(in: dir, lessons: lessons)
        Self.expectAllLessons(try Self.run(["lessons"], in: elsewhere.url, executable: raftlab))
        // `lesson 4` finds its lesson, then asks for a terminal (there is none here).
        let lesson = try Self.run(["lesson", "4"], in: elsewhere.url, executable: raftlab)
        #expect(lesson.exited && lesson.status == 1 && lesson.stderr.contains("needs a terminal"), "\(lesson)")
    }

    @Test func withNoLessonsAnywhereTheCommandsSaySoAndExit2() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let elsewhere = try TemporaryDirectory()
        defer { elsewhere.remove() }
        let raftlab = try Self.install(in: dir, lessons: .none)
        for arguments in [["lessons"], ["lesson"], ["lesson", "4"]] {
            let result = try Self.run(arguments, in: elsewhere.url, executable: raftlab)
            #expect(result.exited && result.status == 2, "\(arguments): \(result)")
            #expect(result.stdout.isEmpty && result.stderr.contains("no lessons found; looked in "), "\(arguments): \(result)")
        }
    }
}

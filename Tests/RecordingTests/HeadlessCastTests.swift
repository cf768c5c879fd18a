import Foundation
import Lessons
import Terminal
import TestSupport
import Testing
@testable import Recording

/// `raftlab cast`: a scenario played headless into a recording, byte-identical for the same
/// inputs; a short scenario's cast at 80x24 is a golden file (`RECORD_GOLDENS=1` records it).
struct HeadlessCastTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let golden = here.appendingPathComponent("golden")

    static func entry(_ name: String = "short-cast") throws -> LessonEntry {
        let path = here.appendingPathComponent("scenarios/\(name).yaml").path
        return try LessonCatalog().resolve(path).get()
    }

    static func cast(_ settings: CastSettings = CastSettings()) throws -> [UInt8] {
        try HeadlessCast.record(entry(), settings).bytes
    }

    @Test func theShortCastMatchesItsGoldenFile() throws {
        let text = String(decoding: try Self.cast(), as: UTF8.self)
        if let difference = try GoldenFile.compare(text, name: "short-cast.cast", directory: Self.golden) {
            Issue.record("\(difference)")
        }
    }

    @Test(arguments: [Lang.en, .ko])
    func aCastParsesAndEndsWhereTheLessonEnds(_ lang: Lang) throws {
        let cast = try CastFile(Self.cast(CastSettings(lang: lang)))
        #expect(cast.header["version"] as? Int == 2)
        #expect(cast.header["width"] as? Int == 80)
        #expect(cast.header["height"] as? Int == 24)
        #expect(cast.header["timestamp"] == nil, "no start time: the same inputs give the same bytes")
        #expect((cast.header["env"] as? [String: String]) == ["TERM": "xterm-256color"])
        #expect(cast.events.allSatisfy { $0.code == "o" })
        #expect(cast.timesNeverGoBack)
        #expect(cast.events.first?.time == 0)
        let end = cast.finalScreen()
        #expect(end.problems == [])
        #expect(end.lines.contains { $0.contains(lang == .en ? "Lesson done" : "레슨 끝") }, "\(end.lines.joined(separator: "\n"))")
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        #expect(try Self.cast() == Self.cast())
        let korean = try Self.cast(CastSettings(lang: .ko))
        #expect(korean != (try Self.cast()))
        #expect(korean == (try Self.cast(CastSettings(lang: .ko))))
    }

    /// `--speed 2` halves every time; the output is the same.
    @Test func speedDividesTheTimes() throws {
        let normal = try CastFile(Self.cast())
        let fast = try CastFile(Self.cast(CastSettings(speed: 2)))
        #expect(fast.events.map(\.data) == normal.events.map(\.data))
        for (a, b) in zip(normal.events, fast.events) { #expect(abs(a.time / 2 - b.time) < 0.000_002) }
    }

    /// Under NO_COLOR (no depth) no colour is drawn; attributes still are.
    @Test func withoutColoursNoColourIsWritten() throws {
        let output = try CastFile(Self.cast(CastSettings(depth: .none))).output
        #expect(!output.contains("38;5;"))
        #expect(output.contains("\u{1B}[0;1m"))
    }

    @Test func aLongerLessonStopsAtTheLimit() throws {
        #expect(throws: CastFailure.tooLong(step: 3, ms: 6_000)) {
            try Self.cast(CastSettings(longestMs: 6_000))
        }
    }

    /// A step that does not hold stops the cast, with the step and what was found.
    @Test func aFailingStepStopsTheCast() throws {
        let yaml = "title: A failing cast\ncluster: {seed: 1}\nsteps:\n  - say: Nobody leads yet.\n  - expect: {leader: Saturn}\n"
        let entry = LessonEntry(id: "failing", number: nil, path: "failing.yaml",
                                scenario: try ScenarioLoader.parse(yaml: yaml, file: "failing.yaml"))
        #expect {
            try HeadlessCast.record(entry, CastSettings())
        } throws: { error in
            guard case .failed(let step, let what)? = error as? CastFailure else { return false }
            return step == 2 && what.contains("Saturn")
        }
    }

    /// A bigger screen records at its size.
    @Test func theSizeIsTheHeaders() throws {
        let cast = try CastFile(Self.cast(CastSettings(width: 120, height: 36)))
        #expect(cast.header["width"] as? Int == 120)
        #expect(cast.header["height"] as? Int == 36)
        #expect(cast.finalScreen().problems == [])
    }
}

import Foundation
import Testing
@testable import Recording

/// The file format (asciicast v2): a header line, then `[seconds, code, data]` lines, every
/// one JSON a player parses, times never going back.
struct AsciicastWriterTests {
    @Test func everyLineParsesAndSaysWhatWasWritten() throws {
        var writer = AsciicastWriter(.init(width: 80, height: 24, timestamp: 1_700_000_000, term: "xterm-256color",
                                           title: "Who \"may\" lead\\"))
        let tricky = "\u{1B}[1;31m리더 \"quoted\" back\\slash\ttab\nline\r\u{07}\u{7F}\u{00}⏩ é"
        writer.output(tricky, atMicros: 248_848)
        writer.resize(width: 100, height: 30, atMicros: 1_000_000)
        writer.output("", atMicros: 500_000)  // earlier than the last: taken as its time
        let cast = try CastFile(writer.bytes)
        #expect(cast.header["version"] as? Int == 2)
        #expect(cast.header["width"] as? Int == 80)
        #expect(cast.header["height"] as? Int == 24)
        #expect(cast.header["timestamp"] as? Int == 1_700_000_000)
        #expect(cast.header["title"] as? String == "Who \"may\" lead\\")
        #expect((cast.header["env"] as? [String: String]) == ["TERM": "xterm-256color"])
        #expect(cast.events.map(\.code) == ["o", "r", "o"])
        #expect(cast.events[0].data == tricky)
        #expect(cast.events[0].time == 0.248848)
        #expect(cast.events[1].data == "100x30")
        #expect(cast.timesNeverGoBack)
        #expect(cast.events[2].time == 1.0)
    }

    /// Control characters escaped, the same way every time; non-ASCII kept as UTF-8.
    @Test func stringsAreEscapedDeterministically() {
        #expect(JSONText.quoted("a\u{1B}b\u{7F}\n\"\\") == #""a\u001bb\u007f\n\"\\""#)
        #expect(JSONText.quoted("리더 ★") == "\"리더 ★\"")
    }

    @Test func withoutATimestampTheHeaderLeavesItOut() throws {
        let writer = AsciicastWriter(.init(width: 120, height: 36, term: "xterm-256color"))
        let line = String(decoding: writer.bytes, as: UTF8.self)
        #expect(line == #"{"version":2,"width":120,"height":36,"env":{"TERM":"xterm-256color"}}"# + "\n")
    }

    @Test(arguments: [(0, "0.000000"), (1, "0.000001"), (1_500_000, "1.500000"), (61_000_123, "61.000123")])
    func timesHaveSixDecimals(_ micros: Int, _ text: String) {
        #expect(AsciicastWriter.seconds(micros) == text)
    }

    /// Written in one step: a temporary file beside it, renamed; nothing else left there.
    @Test func theFileIsWrittenWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("raftlab-cast-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var writer = AsciicastWriter(.init(width: 80, height: 24, term: "xterm"))
        writer.output("hello", atMicros: 10)
        let path = dir.appendingPathComponent("a.cast").path
        try writer.write(to: path)
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == writer.bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.cast"])
    }
}

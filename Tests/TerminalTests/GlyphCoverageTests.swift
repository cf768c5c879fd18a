import Foundation
import Screen
import Testing
@testable import Terminal

/// The ASCII fallback (a locale that is not UTF-8) has a glyph for every character the screen
/// can draw (issue 10: junctions such as `╟` were drawn as `?`). Two-column characters
/// (Hangul) have none: they become `??`, as the fallback's table says.
struct GlyphCoverageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The characters of `text` that the fallback must draw: not ASCII, one column wide.
    static func drawable(_ text: String) -> Set<Character> {
        Set(text.filter { !$0.isASCII && CharWidth.of($0) == 1 })
    }

    /// The characters `Glyphs` leaves as `?`.
    static func missing(_ characters: Set<Character>) -> [String] {
        characters.filter { Glyphs.ascii($0, columns: 1) == .text("?") }
            .map { "\($0) U+\(String($0.unicodeScalars.first!.value, radix: 16, uppercase: true))" }.sorted()
    }

    @Test func everyBoxDrawingCharacterHasAGlyph() {
        let block = Set((0x2500...0x257F).map { Character(Unicode.Scalar($0)!) })
        #expect(Self.missing(block) == [])
    }

    @Test func junctionsAreLinesAndTees() {
        #expect(Glyphs.ascii("╟", columns: 1) == .line("t"))
        #expect(Glyphs.ascii("╢", columns: 1) == .line("u"))
        #expect(Glyphs.ascii("╪", columns: 1) == .line("n"))
        #expect(Glyphs.ascii("╴", columns: 1) == .line("q"))
        #expect(Glyphs.ascii("╱", columns: 1) == .text("/"))
    }

    /// Every screen the golden tests draw (cluster, lessons, overlays, both languages).
    @Test func everyGoldenScreenHasItsGlyphs() throws {
        let dir = Self.root.appendingPathComponent("Tests/ScreenTests/golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
        #expect(!names.isEmpty)
        var seen = Set<Character>()
        for name in names { seen.formUnion(Self.drawable(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))) }
        #expect(Self.missing(seen) == [])
    }

    /// Every character in the code that builds what the screen shows (comments left out).
    @Test func everyCharacterInTheScreensSourcesHasAGlyph() throws {
        var seen = Set<Character>()
        for module in ["Screen", "Picture", "RaftSim", "Words", "Lessons", "RaftRuntime"] {
            let dir = Self.root.appendingPathComponent("Sources/\(module)")
            let files = FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") { seen.formUnion(Self.drawable(Self.code(line))) }
            }
        }
        #expect(seen.count > 20)
        #expect(Self.missing(seen) == [])
    }

    /// A line without its `//` comment (a `//` inside a string ends it early: fewer characters, never more).
    static func code(_ line: Substring) -> String {
        guard let comment = line.range(of: "//") else { return String(line) }
        return String(line[..<comment.lowerBound])
    }
}

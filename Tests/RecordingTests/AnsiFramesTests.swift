import Replication
import Screen
import Terminal
import Testing
@testable import Recording

/// `AnsiFrames` checked by replaying what it emits on a tiny terminal (`TinyTerminal`): after
/// every frame the terminal shows the buffer's text, each cell in its style's SGR.
struct AnsiFramesTests {
    /// Replays `buffers` as frames; returns the outputs, checking the terminal after each.
    @discardableResult
    static func replay(_ buffers: [ScreenBuffer], depth: ColorDepth = .full,
                       sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        var frames = AnsiFrames(depth: depth)
        var terminal = TinyTerminal(width: buffers[0].width, height: buffers[0].height)
        var outputs: [String] = []
        for (k, buffer) in buffers.enumerated() {
            if buffer.width != terminal.width || buffer.height != terminal.height {
                terminal = TinyTerminal(width: buffer.width, height: buffer.height)  // an "r" event
            }
            let output = frames.frame(buffer)
            outputs.append(output)
            terminal.feed(output)
            #expect(terminal.problems == [], "frame \(k)", sourceLocation: sourceLocation)
            #expect(terminal.lines == buffer.lines, "frame \(k)", sourceLocation: sourceLocation)
            #expect(mismatchedStyles(terminal, buffer, frames) == [], "frame \(k)", sourceLocation: sourceLocation)
            if terminal.problems != [] || terminal.lines != buffer.lines { break }
        }
        return outputs
    }

    /// The cells whose SGR on the terminal is not their style's.
    static func mismatchedStyles(_ terminal: TinyTerminal, _ buffer: ScreenBuffer, _ frames: AnsiFrames) -> [String] {
        var found: [String] = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where !buffer[x, y].continuation {
                let wanted = String(frames.sgr(buffer[x, y].style).dropFirst(2).dropLast())
                if terminal[x, y].sgr != wanted { found.append("(\(x), \(y)): \(terminal[x, y].sgr) for \(wanted)") }
            }
        }
        return Array(found.prefix(5))
    }

    static let texts = ["Neptune", "Saturn", "Jupiter", "★ leader", "╔══╗", "리더", "임기 3", "→", "⏩", "x", "  ", "커밋된 쓰기"]
    static let tints: [Tint] = [.plain, .muted, .accent, .leader, .candidate, .follower, .crashed, .good, .bad, .warning, .term(3)]

    /// A buffer changed at random: text (wide characters too) put over what was there, fills,
    /// restyles.
    static func mutate(_ buffer: inout ScreenBuffer, _ random: inout SplitMix64, changes: Int) {
        for _ in 0..<changes {
            let x = random.draw(0...(buffer.width - 1)), y = random.draw(0...(buffer.height - 1))
            let style = Style(tints[random.draw(0...(tints.count - 1))], bold: random.draw(0...3) == 0,
                              dim: random.draw(0...5) == 0, reverse: random.draw(0...7) == 0, underline: random.draw(0...9) == 0)
            switch random.draw(0...9) {
            case 0: buffer.fill(x: x, y: y, width: random.draw(1...10), height: random.draw(1...3), style: style)
            case 1: buffer.restyle(x: x, y: y, width: random.draw(1...8)) { $0 = style }
            default: buffer.put(texts[random.draw(0...(texts.count - 1))], x: x, y: y, style: style)
            }
        }
    }

    @Test(arguments: [(UInt64(1), 80, 24), (2, 20, 5), (3, 7, 3), (4, 120, 36)])
    func replayingTheDiffsReproducesEveryFrame(_ seed: UInt64, _ width: Int, _ height: Int) {
        var random = SplitMix64(seed: seed)
        var buffer = ScreenBuffer(width: width, height: height)
        var buffers: [ScreenBuffer] = []
        for k in 0..<150 {
            Self.mutate(&buffer, &random, changes: k % 10 == 0 ? 40 : random.draw(0...4))
            buffers.append(buffer)
        }
        Self.replay(buffers)
    }

    @Test(arguments: [ColorDepth.none, .eight, .full])
    func everyDepthReplays(_ depth: ColorDepth) {
        var random = SplitMix64(seed: 9)
        var buffer = ScreenBuffer(width: 30, height: 6)
        var buffers: [ScreenBuffer] = []
        for _ in 0..<60 {
            Self.mutate(&buffer, &random, changes: 3)
            buffers.append(buffer)
        }
        let codes = Set(Self.sgrCodes(Self.replay(buffers, depth: depth).joined()))
        #expect(codes.contains("38") == (depth == .full))
        #expect(!codes.isDisjoint(with: (31...37).map(String.init)) == (depth == .eight))
        #expect(codes.isSubset(of: ["0", "1", "2", "4", "7"]) == (depth == .none))
    }

    /// The parameters of every SGR in `output`.
    static func sgrCodes(_ output: String) -> [String] {
        output.split(separator: "\u{1B}[").flatMap { piece -> [String] in
            guard let end = piece.firstIndex(where: { $0.isLetter }), piece[end] == "m" else { return [] }
            return piece[..<end].split(separator: ";").map(String.init)
        }
    }

    @Test func theFirstFrameHidesTheCursorAndClears() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        buffer.put("hi", x: 0, y: 0)
        var frames = AnsiFrames(depth: .full)
        let first = frames.frame(buffer)
        #expect(first.hasPrefix("\u{1B}[?25l\u{1B}[0m\u{1B}[H\u{1B}[2J"))
        #expect(frames.frame(buffer) == "", "an unchanged frame writes nothing")
        buffer.put("o", x: 1, y: 0)
        #expect(frames.frame(buffer) == "\u{1B}[1;2Ho", "one changed cell: a move and the cell")
    }

    @Test func aFrameOfAnotherSizeIsDrawnWhole() {
        var small = ScreenBuffer(width: 10, height: 3)
        small.put("abc", x: 0, y: 0)
        var large = ScreenBuffer(width: 12, height: 4)
        large.put("abc", x: 0, y: 0)
        let outputs = Self.replay([small, large])
        #expect(outputs[1].contains("\u{1B}[2J"))
    }

    /// A wide character changed in its right half only is written whole, from its left half.
    @Test func aWideCharacterIsWrittenFromItsLeftHalf() {
        var a = ScreenBuffer(width: 6, height: 1)
        a.put("리더", x: 0, y: 0)
        var b = a
        b.restyle(x: 1, y: 0, width: 1) { $0 = Style(.leader) }
        var c = b
        c.put("x", x: 1, y: 0)  // the left half of 리 becomes a space
        Self.replay([a, b, c])
    }

    /// Eight colours have no grey: muted text is dim, as curses draws it.
    @Test func mutedIsDimInEightColours() {
        #expect(AnsiFrames(depth: .eight).sgr(Style(.muted)) == "\u{1B}[0;2m")
        #expect(AnsiFrames(depth: .full).sgr(Style(.muted)) == "\u{1B}[0;38;5;245m")
        #expect(AnsiFrames(depth: .eight).sgr(Style(.leader, bold: true)) == "\u{1B}[0;1;33m")
        #expect(AnsiFrames(depth: .none).sgr(Style(.leader, reverse: true)) == "\u{1B}[0;7m")
    }
}

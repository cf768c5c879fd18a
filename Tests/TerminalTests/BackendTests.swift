import Screen
import Terminal
import Testing

/// The pieces of the terminal backends that need no terminal.
struct BackendTests {
    @Test func plainBackendWritesEachWideCharacterOnce() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        buffer.put("리더 Neptune", x: 1, y: 0, style: Style(.leader, bold: true))
        buffer.put("ok", x: 0, y: 1)
        var backend = PlainBackend(width: 20, height: 2)
        backend.draw(buffer)
        #expect(backend.screen == " 리더 Neptune\nok")
        #expect(backend.frames == 1)
        backend.queued = [.key(.char("q"))]
        #expect(backend.inputs().count == 1)
        #expect(backend.inputs().isEmpty)
    }

    @Test func noColorWinsOverTheTerminal() {
        #expect(ColorDepth.choose(environment: ["NO_COLOR": "1"], hasColors: true, colors: 256) == .none)
        #expect(ColorDepth.choose(environment: ["NO_COLOR": ""], hasColors: true, colors: 256) == .full)
        #expect(ColorDepth.choose(environment: [:], hasColors: true, colors: 8) == .eight)
        #expect(ColorDepth.choose(environment: [:], hasColors: false, colors: 256) == .none)
        #expect(ColorDepth.choose(environment: [:], hasColors: true, colors: 2) == .none)
    }

    static let tints: [Tint] = [.plain, .muted, .accent, .leader, .candidate, .follower, .crashed, .good, .bad,
                                .warning, .term(0), .term(1), .term(-3), .term(1000)]

    @Test func withoutColourEveryTintIsTheDefault() {
        for tint in Self.tints { #expect(Palette.foreground(tint, .none) == nil) }
    }

    @Test func rolesAndNeighbouringTermsGetDifferentColours() {
        for depth in [ColorDepth.eight, .full] {
            let roles = [Tint.leader, .candidate, .follower, .crashed].map { Palette.foreground($0, depth) }
            #expect(Set(roles.compactMap { $0 }).count == 4, "\(depth)")
            for term in 1...10 {
                #expect(Palette.foreground(.term(term), depth) != Palette.foreground(.term(term + 1), depth))
            }
            let limit: Int16 = depth == .eight ? 8 : 256
            for tint in Self.tints { #expect((Palette.foreground(tint, depth) ?? 0) < limit) }
        }
        #expect(Palette.dims(.muted, .eight) && !Palette.dims(.muted, .full))
    }

    @Test func keysMapToTheScreensKeys() {
        #expect(KeyMap.character(13) == .enter && KeyMap.character(10) == .enter)
        #expect(KeyMap.character(27) == .escape && KeyMap.character(9) == .tab && KeyMap.character(127) == .backspace)
        #expect(KeyMap.character(UInt32(UInt8(ascii: "q"))) == .char("q"))
        #expect(KeyMap.character(0xC7A5) == .char("장"))
        #expect(KeyMap.character(3) == nil)
        #expect(KeyMap.function(KeyMap.Code.pageUp) == .pageUp && KeyMap.function(KeyMap.Code.pageDown) == .pageDown)
        #expect(KeyMap.function(KeyMap.Code.backTab) == .backTab && KeyMap.function(KeyMap.Code.up) == .up)
        #expect(KeyMap.function(KeyMap.Code.resize) == nil)
    }

    @Test func asciiFallbackKeepsWidthsAndLines() {
        #expect(Glyphs.ascii("a", columns: 1) == .text("a"))
        #expect(Glyphs.ascii("─", columns: 1) == .line("q"))
        #expect(Glyphs.ascii("╭", columns: 1) == .line("l"))
        #expect(Glyphs.ascii("→", columns: 1) == .text(">"))
        #expect(Glyphs.ascii("리", columns: 2) == .text("??"))
        #expect(Glyphs.ascii("∑", columns: 1) == .text("?"))
        #expect(Glyphs.ascii("⏩", columns: 2) == .text(">>"))  // a lesson's fast-forward (issue 11)
    }
}

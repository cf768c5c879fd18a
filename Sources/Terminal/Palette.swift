import Screen

/// How many colours the terminal shows, as raftlab uses them.
public enum ColorDepth: Sendable, Equatable {
    /// None: NO_COLOR is set, or the terminal has no colours. Attributes still apply.
    case none
    /// The eight ANSI colours.
    case eight
    /// The xterm 256-colour palette.
    case full

    /// NO_COLOR (present and not empty, no-color.org) wins; else what the terminal reports.
    public static func choose(environment: [String: String], hasColors: Bool, colors: Int) -> ColorDepth {
        if let value = environment["NO_COLOR"], !value.isEmpty { return .none }
        guard hasColors else { return .none }
        if colors >= 256 { return .full }
        return colors >= 8 ? .eight : .none
    }
}

/// Tints to terminal colours: the meaning lives in words and glyphs, colour only repeats it.
/// The one table of them: the curses backend and recordings (`AnsiFrames`) both draw from it.
public enum Palette {
    /// ANSI colour numbers (curses COLOR_*).
    enum Ansi {
        static let red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3, blue: Int16 = 4
        static let magenta: Int16 = 5, cyan: Int16 = 6, white: Int16 = 7
    }

    /// Terms cycle through these, so neighbouring terms differ (256 colours).
    static let terms256: [Int16] = [75, 213, 220, 114, 209, 141, 80, 179]
    /// Terms in 8 colours.
    static let terms8: [Int16] = [Ansi.cyan, Ansi.magenta, Ansi.yellow, Ansi.green, Ansi.red, Ansi.blue]

    /// The foreground colour of `tint`, or nil for the terminal's default.
    public static func foreground(_ tint: Tint, _ depth: ColorDepth) -> Int16? {
        switch depth {
        case .none: return nil
        case .full: return full(tint)
        case .eight: return eight(tint)
        }
    }

    /// Whether `tint` is drawn dim at this depth (8 colours have no grey).
    public static func dims(_ tint: Tint, _ depth: ColorDepth) -> Bool {
        depth == .eight && tint == .muted
    }

    static func full(_ tint: Tint) -> Int16? {
        switch tint {
        case .plain: nil
        case .muted: 245
        case .accent: 81
        case .leader: 220
        case .candidate: 213
        case .follower: 114
        case .crashed: 203
        case .good: 77
        case .bad: 196
        case .warning: 214
        case .term(let n): terms256[cycle(n, terms256.count)]
        }
    }

    static func eight(_ tint: Tint) -> Int16? {
        switch tint {
        case .plain, .muted: nil
        case .accent: Ansi.cyan
        case .leader: Ansi.yellow
        case .candidate: Ansi.magenta
        case .follower: Ansi.green
        case .crashed, .bad: Ansi.red
        case .good: Ansi.green
        case .warning: Ansi.yellow
        case .term(let n): terms8[cycle(n, terms8.count)]
        }
    }

    /// Term 1 takes the first colour; any integer maps into the palette.
    static func cycle(_ n: Int, _ count: Int) -> Int {
        (((n - 1) % count) + count) % count
    }
}

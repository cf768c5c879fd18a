/// Overlays (help `?`, options `o`, explain `e`, inspect `i`): a bordered, titled box
/// centered over everything; Esc closes it (Update handles the key).
enum OverlayView {
    /// One line of an overlay: runs of text, each with its style.
    struct Line {
        var runs: [(text: String, style: Style)]
        init(_ text: String = "", _ style: Style = .plain) { runs = text.isEmpty ? [] : [(text, style)] }
        init(runs: [(text: String, style: Style)]) { self.runs = runs }
    }

    /// What a box holds: its title and its lines, laid out for an inner width.
    struct Content {
        var title: String
        var lines: [Line]
        /// The line to keep in view when the box is too short (the options cursor).
        var focus: Int? = nil
        /// Lines scrolled down, for a box the learner scrolls (help, legend).
        var scroll: Int? = nil
    }

    static func draw(_ overlay: Overlay, _ state: AppState, into buffer: inout ScreenBuffer) {
        let box = frame(for: overlay, state, width: buffer.width, height: buffer.height)
        guard box.width >= 4, box.height >= 3 else { return }
        let inner = box.width - 4
        let content = self.content(overlay, state, width: inner)
        let height = min(box.height, content.lines.count + 2)
        let fitted = Rect(x: box.x, y: box.y + (box.height - height) / 2, width: box.width, height: height)
        drawBox(content, in: fitted, into: &buffer)
    }

    /// What an overlay holds at an inner width.
    static func content(_ overlay: Overlay, _ state: AppState, width inner: Int) -> Content {
        if let both = BothView.overlay(overlay, state, width: inner) { return both }
        switch overlay {
        case .help: return HelpOverlay.content(state, width: inner)
        case .options(let row): return OptionsOverlay.content(state, row: row, width: inner)
        case .explain: return ExplainOverlay.content(state, width: inner)
        case .inspect: return InspectOverlay.content(state, width: inner)
        case .legend: return LegendOverlay.content(state, width: inner)
        }
    }

    /// Whether the open overlay scrolls (↑ ↓ PgUp PgDn): the help and the legend; in both mode
    /// also explain and inspect, which hold both sides.
    static func scrolls(_ state: AppState) -> Bool {
        switch state.overlay {
        case .help?, .legend?: return true
        case .explain?, .inspect?: return state.both
        default: return false
        }
    }

    /// The furthest a scrolled overlay goes: its last line at the bottom of its box.
    static func maxScroll(_ overlay: Overlay, _ state: AppState) -> Int {
        let box = frame(for: overlay, state, width: state.width, height: state.height)
        guard box.width >= 4 else { return 0 }
        let lines = content(overlay, state, width: box.width - 4).lines.count
        return max(0, lines - (box.height - 2))
    }

    /// The largest box an overlay may take: help and options as wide as they need, explain and
    /// inspect a comfortable reading width; never wider or taller than the screen.
    static func frame(for overlay: Overlay, _ state: AppState, width: Int, height: Int) -> Rect {
        let wanted: Int
        switch overlay {
        case .help: wanted = HelpOverlay.width(state) + 4
        case .legend: wanted = LegendOverlay.width + 4
        case .options: wanted = OptionsOverlay.width(state) + 4
        case .explain, .inspect: wanted = 76
        }
        let w = min(wanted, width)
        let h = max(0, height - 2)
        return Rect(x: (width - w) / 2, y: 1, width: w, height: h)
    }

    /// Border, title, cleared inside, and the lines (the last one "…" when they do not fit;
    /// a box that scrolls says on its bottom border, "↑ … ↓", where more lines are).
    static func drawBox(_ content: Content, in box: Rect, into buffer: inout ScreenBuffer) {
        let border = Style(.accent, bold: true)
        buffer.fill(x: box.x, y: box.y, width: box.width, height: box.height)
        let bar = String(repeating: "─", count: box.width - 2)
        buffer.put("┌" + bar + "┐", x: box.x, y: box.y, style: border)
        buffer.put("└" + bar + "┘", x: box.x, y: box.maxY - 1, style: border)
        for y in (box.y + 1)..<(box.maxY - 1) {
            buffer.put("│", x: box.x, y: y, style: border)
            buffer.put("│", x: box.maxX - 1, y: y, style: border)
        }
        let title = " " + TextWrap.cut(content.title, width: box.width - 6) + " "
        buffer.put(title, x: box.x + 2, y: box.y, style: border, maxX: box.maxX - 2)
        let rows = box.height - 2
        let first = scrollStart(content, rows: rows)
        for (k, line) in content.lines.dropFirst(first).prefix(rows).enumerated() {
            var x = box.x + 2
            let last = k == rows - 1 && first + rows < content.lines.count && content.scroll == nil
            for run in (last ? [(text: "…", style: Style(.muted))] : line.runs) {
                x = buffer.put(run.text, x: x, y: box.y + 1 + k, style: run.style, maxX: box.maxX - 2)
            }
        }
        guard content.scroll != nil else { return }
        let above = first > 0, below = first + rows < content.lines.count
        guard above || below else { return }
        let more = " " + (above ? "↑ " : "") + "…" + (below ? " ↓" : "") + " "
        buffer.put(more, x: box.maxX - 3 - CharWidth.of(more), y: box.maxY - 1, style: border)
    }

    /// The first line shown: 0, or enough to keep the focus line in view.
    static func scrollStart(_ content: Content, rows: Int) -> Int {
        if let scroll = content.scroll { return max(0, min(scroll, content.lines.count - rows)) }
        guard let focus = content.focus, rows > 1, content.lines.count > rows else { return 0 }
        return max(0, min(focus - rows + 2, content.lines.count - rows))
    }

    /// Lines of `text` wrapped to `width`, each with `style`, continuations indented by `indent`.
    static func wrapped(_ text: String, width: Int, style: Style = .plain, indent: Int = 0) -> [Line] {
        let first = TextWrap.lines(text, width: width)
        guard let head = first.first else { return [] }
        let tail = String(String(text.dropFirst(head.count)).drop { $0 == " " })
        let rest = tail.isEmpty ? [] : TextWrap.lines(tail, width: width - indent)
        return [Line(head, style)] + rest.map { Line(String(repeating: " ", count: indent) + $0, style) }
    }
}

import Picture

/// The events pane: the most recent main events (as a transcript without `--verbose` shows
/// them: every decision, drop, write and violation, not each delivery or vote count), one
/// line each, newest at the bottom, "time  text".
/// PgUp / PgDn scroll back (`eventsScroll`).
enum EventsView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let words = UIWords(state.lang)
        var x = rect.x
        if rect.x > 0 {  // beside the cluster view: a rule between them
            for y in rect.y..<rect.maxY { buffer.put("│", x: rect.x, y: y, style: Style(.muted)) }
            x += 2
        }
        let width = rect.maxX - x
        let rows = rect.height - 1
        let (lines, scroll) = visible(state, rows: rows)
        header(words, scroll: scroll, x: x, y: rect.y, maxX: rect.maxX, into: &buffer)
        guard rows > 0 else { return }
        if lines.isEmpty {
            let gone = state.picture.run.eventsKeptFrom.map { state.picture.now < $0 } ?? false
            buffer.put(gone ? words.noEventsKept : words.noEvents, x: x, y: rect.y + 1, style: Style(.muted), maxX: rect.maxX)
            return
        }
        let top = rect.maxY - lines.count
        let times = lines.map { TimeText.seconds($0.time) }
        let timeWidth = times.map(\.count).max() ?? 0
        for (k, event) in lines.enumerated() {
            let time = String(repeating: " ", count: timeWidth - times[k].count) + times[k]
            line(event, time: time, state.lang, width: width, x: x, y: top + k, into: &buffer)
        }
    }

    /// "Events" and, when scrolled back, how far.
    static func header(_ words: UIWords, scroll: Int, x: Int, y: Int, maxX: Int, into buffer: inout ScreenBuffer) {
        let end = buffer.put(words.events, x: x, y: y, style: Style(.accent, bold: true), maxX: maxX)
        if scroll > 0 { buffer.put("↑ " + words.scrolledBack(scroll), x: end + 2, y: y, style: Style(.warning), maxX: maxX) }
    }

    /// The main events to show, oldest first, and the scroll actually applied: only the last
    /// `rows + eventsScroll` events are looked at, so a long history costs nothing per frame.
    static func visible(_ state: AppState, rows: Int) -> (events: [EventPicture], scroll: Int) {
        guard rows > 0 else { return ([], 0) }
        let wanted = rows + max(0, state.eventsScroll)
        var newestFirst: [EventPicture] = []
        for event in state.picture.events.reversed() where event.main {
            newestFirst.append(event)
            if newestFirst.count == wanted { break }
        }
        let scroll = min(max(0, state.eventsScroll), max(0, newestFirst.count - rows))
        let shown = newestFirst.dropFirst(scroll).prefix(rows)
        return (Array(shown.reversed()), scroll)
    }

    /// "1.234s  Neptune becomes leader ...", cut to the width with its rule tag kept; times are
    /// right-aligned to the widest one shown.
    static func line(_ event: EventPicture, time: String, _ lang: Lang, width: Int, x: Int, y: Int,
                     into buffer: inout ScreenBuffer) {
        let end = buffer.put(time, x: x, y: y, style: Style(.muted), maxX: x + width)
        let text = TextWrap.cut(event.text[lang], width: width - CharWidth.of(time) - 2)
        buffer.put(text, x: end + 2, y: y, style: style(event), maxX: x + width)
    }

    /// Violations stand out; crashes, elections and lost writes carry their tint.
    static func style(_ event: EventPicture) -> Style {
        switch event.kind {
        case .violation: return Style(.bad, bold: true)
        case .crashed: return Style(.crashed)
        case .leads: return Style(.leader, bold: true)
        case .lostWrite: return Style(.warning, bold: true)
        default: return .plain
        }
    }
}

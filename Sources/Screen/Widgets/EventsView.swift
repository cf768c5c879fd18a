import Picture

/// The events pane: the most recent main events (as a transcript without `--verbose` shows
/// them: every decision, drop, write and violation, not each delivery or vote count), whole,
/// newest at the bottom: "time  text", the text wrapped with its continuation lines indented
/// under it. When the oldest event shown does not fit whole, its last lines are shown after
/// '…'. PgUp / PgDn scroll back by events (`eventsScroll`); `v` enlarges the pane.
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
        let (lines, scroll) = visible(state, rows: rows, width: width)
        header(words, scroll: scroll, large: state.eventsLarge, x: x, y: rect.y, maxX: rect.maxX, into: &buffer)
        guard rows > 0 else { return }
        if lines.isEmpty {
            let kept = state.picture.run.eventsKeptFrom
            let text = kept.map { state.picture.now < $0 ? words.noEventsKept : words.onlyRoutineSince($0) } ?? words.noEvents
            for (k, row) in TextWrap.lines(text, width: max(1, width)).prefix(rows).enumerated() {
                buffer.put(row, x: x, y: rect.y + 1 + k, style: Style(.muted), maxX: rect.maxX)
            }
            return
        }
        let top = rect.maxY - lines.count
        for (k, line) in lines.enumerated() {
            let end = buffer.put(line.time, x: x, y: top + k, style: Style(.muted), maxX: rect.maxX)
            buffer.put(line.text, x: end + 2, y: top + k, style: line.style, maxX: rect.maxX)
        }
    }

    /// "Events", when scrolled back how far, and at the right what `v` does.
    static func header(_ words: UIWords, scroll: Int, large: Bool, x: Int, y: Int, maxX: Int,
                       into buffer: inout ScreenBuffer) {
        let key = large ? words.eventsShrink : words.eventsEnlarge
        let keyX = maxX - CharWidth.of(key)
        var end = buffer.put(words.events, x: x, y: y, style: Style(.accent, bold: true), maxX: maxX)
        if scroll > 0 { end = buffer.put("↑ " + words.scrolledBack(scroll), x: end + 2, y: y, style: Style(.warning), maxX: maxX) }
        if end + 2 <= keyX { buffer.put(key, x: keyX, y: y, style: Style(.muted), maxX: maxX) }
    }

    /// One row of the pane: the time column (blank on continuation lines) and its text.
    struct Line: Equatable {
        var time: String
        var text: String
        var style: Style
    }

    /// The rows to show, oldest first, and the scroll actually applied (in events). Only the
    /// newest `rows + eventsScroll` main events are looked at, so a long history costs
    /// nothing per frame.
    static func visible(_ state: AppState, rows: Int, width: Int) -> (lines: [Line], scroll: Int) {
        guard rows > 0 else { return ([], 0) }
        var newestFirst: [EventPicture] = []
        let wanted = rows + max(0, state.eventsScroll)
        for event in state.picture.events.reversed() where event.main {
            newestFirst.append(event)
            if newestFirst.count == wanted { break }
        }
        var scroll = min(max(0, state.eventsScroll), max(0, newestFirst.count - 1))
        var (out, full) = fill(newestFirst.dropFirst(scroll), state.lang, rows: rows, width: width)
        if !full && scroll > 0 {  // scrolled back past the oldest: the oldest events fill the pane
            var used = 0, taken = 0
            for event in newestFirst.reversed() {
                used += lines(event, state.lang, timeWidth: 0, width: width).count
                if used > rows { break }
                taken += 1
            }
            scroll = max(0, newestFirst.count - max(1, taken))
            out = fill(newestFirst.dropFirst(scroll), state.lang, rows: rows, width: width).lines
        }
        return (out, scroll)
    }

    /// Rows for events given newest first, filled from the bottom; whether the pane is full.
    static func fill(_ newestFirst: ArraySlice<EventPicture>, _ lang: Lang, rows: Int, width: Int)
        -> (lines: [Line], full: Bool) {
        let timeWidth = newestFirst.prefix(rows).map { CharWidth.of(TimeText.seconds($0.time)) }.max() ?? 0
        var out: [Line] = []
        for event in newestFirst {
            let block = lines(event, lang, timeWidth: timeWidth, width: width)
            let room = rows - out.count
            if block.count <= room {
                out = block + out
                if out.count == rows { return (out, true) }
                continue
            }
            if out.isEmpty {  // the newest alone is taller than the pane: its first lines, cut
                var head = Array(block.prefix(room))
                head[room - 1].text = TextWrap.cut(head[room - 1].text + " …", width: width - timeWidth - 2)
                out = head
            } else {  // the oldest shown: its last lines, after '…'
                var tail = Array(block.suffix(room))
                tail[0].time = String(repeating: " ", count: max(0, timeWidth - 1)) + "…"
                out = tail + out
            }
            return (out, true)
        }
        return (out, false)
    }

    /// An event's rows: "1.234s  Neptune becomes leader ..." with the time right-aligned to
    /// `timeWidth` and the text wrapped to the rest of the width, continuation rows indented
    /// under it.
    static func lines(_ event: EventPicture, _ lang: Lang, timeWidth: Int, width: Int) -> [Line] {
        let time = TimeText.seconds(event.time)
        let padded = String(repeating: " ", count: max(0, timeWidth - CharWidth.of(time))) + time
        let blank = String(repeating: " ", count: CharWidth.of(padded))
        let wrapped = TextWrap.lines(event.text[lang], width: max(1, width - CharWidth.of(padded) - 2))
        let style = style(event)
        return wrapped.enumerated().map { k, text in Line(time: k == 0 ? padded : blank, text: text, style: style) }
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

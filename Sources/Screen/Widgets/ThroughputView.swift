import Picture

/// The throughput meter above the log table (issue 11): one line per setting measured, its
/// committed writes per second and per round trip side by side with the others'; the setting
/// in force is bold and marked '▸'. Figures that do not fit are left out from the end.
enum ThroughputView {
    /// Lines shown at most: two in a narrow screen (the two settings compared), four in a wide one.
    static func limit(width: Int) -> Int { width >= Layout.wideWidth ? 4 : 2 }

    /// The rows the meter takes (0 when the source shows none).
    static func rows(_ state: AppState) -> Int { min(state.picture.throughput.count, limit(width: state.width)) }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let words = UIWords(state.lang)
        let lines = state.picture.throughput.suffix(rect.height)
        let label = words.throughput
        let settingsX = rect.x + CharWidth.of(label) + 2
        let figuresX = settingsX + 2 + (lines.map { CharWidth.of($0.setting[state.lang]) }.max() ?? 0) + 2
        buffer.put(label, x: rect.x, y: rect.y, style: Style(.accent, bold: true), maxX: rect.maxX)
        for (k, line) in lines.enumerated() {
            let y = rect.y + k
            let style = line.current ? Style(bold: true) : Style(.muted)
            buffer.put(line.current ? "▸" : " ", x: settingsX, y: y, style: Style(.accent, bold: true), maxX: rect.maxX)
            buffer.put(line.setting[state.lang], x: settingsX + 2, y: y, style: style, maxX: rect.maxX)
            var text = ""
            for part in words.throughputParts(line) {
                let next = text.isEmpty ? part : text + " · " + part
                if figuresX + CharWidth.of(next) > rect.maxX { break }
                text = next
            }
            if text.isEmpty { text = TextWrap.cut(words.throughputParts(line)[0], width: rect.maxX - figuresX) }
            buffer.put(text, x: figuresX, y: y, style: style, maxX: rect.maxX)
        }
    }
}

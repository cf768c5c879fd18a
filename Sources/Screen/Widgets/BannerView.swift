import Picture

/// The safety banner: what the monitor found broken and where; with several, their count and
/// the latest.
enum BannerView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        let violations = state.picture.monitor.violations
        guard !rect.isEmpty, let latest = violations.last else { return }
        let count = violations.count > 1 ? UIWords(state.lang).violations(violations.count) : ""
        let text = "⚠ \(count)\(latest.text[state.lang]) · \(TimeText.seconds(latest.time))"
        let style = Style(.bad, bold: true)
        buffer.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: style)
        buffer.put(TextWrap.cut(text, width: rect.width), x: rect.x, y: rect.y, style: style, maxX: rect.maxX)
    }
}

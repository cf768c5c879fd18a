import Picture

/// The safety banner: the guarantee the monitor found broken, named in the learner's language
/// with one sentence on what it guarantees (Figure 3), then what broke where and when; with
/// several, how many.
enum BannerView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty, !state.picture.monitor.violations.isEmpty else { return }
        let style = Style(.bad, bold: true)
        buffer.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: style)
        buffer.put(TextWrap.cut(text(state.picture.monitor, state.lang), width: rect.width), x: rect.x, y: rect.y,
                   style: style, maxX: rect.maxX)
    }

    /// "⚠ Leader completeness broken: later leaders must hold every committed entry · Jupiter leads
    /// term 4 without committed entry 3 · 3.204s · 2 guarantees broken so far".
    static func text(_ monitor: MonitorPicture, _ lang: Lang) -> String {
        guard let latest = monitor.violations.last else { return "" }
        let words = UIWords(lang)
        var parts = [words.broken(latest.property[lang], latest.guarantee[lang])]
        if !latest.detail[lang].isEmpty { parts.append(latest.detail[lang]) }
        parts.append(TimeText.seconds(latest.time, lang))
        if monitor.violations.count > 1 { parts.append(words.violations(monitor.violations.count)) }
        return "⚠ " + parts.joined(separator: " · ")
    }
}

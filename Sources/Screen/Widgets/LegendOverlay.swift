import Picture

/// The legend (`l`, and under or beside the keys in `?`): every mark and label of the screen,
/// what it means and where it matters, with its rule (Raft paper sections). Longer than a
/// small screen: ↑ ↓ PgUp PgDn scroll it.
enum LegendOverlay {
    /// Columns of the mark column, in a box wide enough for two columns.
    static let markWidth = 23

    /// The inner width the legend wants.
    static let width = 86

    static func content(_ state: AppState, width: Int) -> OverlayView.Content {
        let words = LegendWords(state.lang)
        return OverlayView.Content(title: words.title + " · " + words.scrollHint + " · Esc",
                                   lines: lines(state, width: width), scroll: state.overlayScroll)
    }

    /// Every section: its heading, then one entry per mark (the mark, then its meaning and
    /// rules wrapped beside it, or under it in a narrow box).
    static func lines(_ state: AppState, width: Int) -> [OverlayView.Line] {
        let words = LegendWords(state.lang)
        var out: [OverlayView.Line] = []
        for (k, section) in words.sections(state.picture).enumerated() {
            if k > 0 { out.append(OverlayView.Line()) }
            out.append(OverlayView.Line(section.title, Style(.accent, bold: true)))
            for entry in section.entries { out += lines(entry, width: width, lang: state.lang, tags: state.picture.settings.ruleTags) }
        }
        return out
    }

    /// One entry's lines.
    static func lines(_ entry: LegendWords.Entry, width: Int, lang: Lang, tags: [Citation: Phrase] = [:]) -> [OverlayView.Line] {
        // The engine's tags first ("Kafka: 복제"), else the citation's own.
        let shown = Citation.shownTags(entry.rules, lang) { tags[$0] ?? $0.shownTag }
        let text = entry.meaning + (entry.rules.isEmpty ? "" : " " + shown)
        let markStyle = Style(bold: true)
        guard width >= 2 * markWidth else {
            return [OverlayView.Line(Ellipsis.cut(entry.mark, columns: width), markStyle)]
                + OverlayView.wrapped("  " + text, width: width, indent: 2)
        }
        let column = markWidth + 1
        return TextWrap.lines(text, width: width - column).enumerated().map { k, piece in
            let head = k == 0 ? Ellipsis.fit(entry.mark, markWidth) + " " : String(repeating: " ", count: column)
            return OverlayView.Line(runs: [(head, markStyle), (piece, .plain)])
        }
    }
}

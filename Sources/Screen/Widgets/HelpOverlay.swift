/// The help overlay (`?`): every key of product.md's table and what it does.
enum HelpOverlay {
    /// Columns of the key column.
    static func keyWidth(_ words: UIWords) -> Int { (words.keys.map { CharWidth.of($0.key) }.max() ?? 0) + 2 }

    /// The inner width the help wants: its widest row.
    static func width(_ state: AppState) -> Int {
        let words = UIWords(state.lang)
        return keyWidth(words) + (words.keys.map { CharWidth.of($0.word) }.max() ?? 0)
    }

    static func content(_ state: AppState, width: Int) -> OverlayView.Content {
        let words = UIWords(state.lang)
        let keyWidth = keyWidth(words)
        var lines: [OverlayView.Line] = []
        for hint in words.keys {
            let key = CharWidth.fit(hint.key, keyWidth)
            let text = TextWrap.lines(hint.word, width: max(1, width - keyWidth))
            for (k, piece) in text.enumerated() {
                let head = k == 0 ? (key, Style(.accent, bold: true)) : (String(repeating: " ", count: keyWidth), Style.plain)
                lines.append(OverlayView.Line(runs: [head, (piece, .plain)]))
            }
        }
        return OverlayView.Content(title: words.helpTitle + " · Esc", lines: lines)
    }
}

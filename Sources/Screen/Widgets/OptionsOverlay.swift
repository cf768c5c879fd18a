import Picture

/// The options panel (`o`): each row the engine offers with its current value; the cursor
/// row is reversed and marked '▸'; unsafe rules stand out.
enum OptionsOverlay {
    static func width(_ state: AppState) -> Int {
        let words = UIWords(state.lang)
        let rows = state.picture.settings.options.map { labelWidth(state) + CharWidth.of($0.value[state.lang]) + 2 }
        return max(rows.max() ?? 0, CharWidth.of(words.optionsHint))
    }

    static func labelWidth(_ state: AppState) -> Int {
        (state.picture.settings.options.map { CharWidth.of($0.label[state.lang]) }.max() ?? 0) + 4
    }

    /// Whether a lesson refuses changes now (it reads or plays its own steps; `LessonRun.learner`).
    static func waitsForTask(_ phase: LessonReport.Phase) -> Bool {
        switch phase {
        case .narrating, .quiz, .running: true
        case .task, .failed, .ended: false
        }
    }

    static func content(_ state: AppState, row cursor: Int, width: Int) -> OverlayView.Content {
        let words = UIWords(state.lang)
        let labels = labelWidth(state)
        var lines: [OverlayView.Line] = []
        // First, where a tall panel is never cut: in a lesson outside a task, changes wait.
        if let phase = state.lesson?.phase, waitsForTask(phase) {
            lines += OverlayView.wrapped(words.optionsWaitForTask, width: width, style: Style(.warning, bold: true))
        }
        let top = lines.count
        for (k, row) in state.picture.settings.options.enumerated() {
            let here = k == cursor
            let text = (here ? "▸ " : "  ") + Ellipsis.fit(row.label[state.lang], labels - 2) + row.value[state.lang]
            let style = Style(row.unsafe ? .warning : .plain, bold: here, reverse: here)
            lines.append(OverlayView.Line(Ellipsis.fit(text, width), style))
        }
        lines.append(OverlayView.Line())
        lines += OverlayView.wrapped(words.optionsHint, width: width, style: Style(.muted))
        return OverlayView.Content(title: words.optionsTitle + " · Esc", lines: lines, focus: top + cursor)
    }
}

import Picture

/// The step list (`g`): every step's first line, the current step marked; Enter jumps to the
/// one under the cursor (a replay from the lesson's start, so it is exact).
enum StepListView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let lesson = state.lesson, let cursor = state.player.stepList else { return }
        let width = min(100, buffer.width)
        let box = Rect(x: (buffer.width - width) / 2, y: 1, width: width, height: max(0, buffer.height - 2))
        guard box.width >= 10, box.height >= 3 else { return }
        let inner = box.width - 4
        let words = LessonWords(state.lang)
        let numberWidth = String(lesson.steps.count).count
        var lines: [OverlayView.Line] = []
        for (k, step) in lesson.steps.enumerated() {
            let number = String(repeating: " ", count: numberWidth - String(k + 1).count) + String(k + 1)
            let here = k == min(lesson.index, lesson.steps.count - 1) ? "●" : " "
            let (text, style) = line(step, words, state.player.lang)
            let row = TextWrap.cut("\(here) \(number)  \(text)", width: inner)
            let look = k == cursor ? Style(.accent, bold: true, reverse: true) : (k == lesson.index ? Style(bold: true) : style)
            lines.append(OverlayView.Line(CharWidth.fit(row, inner), look))
        }
        let content = OverlayView.Content(title: words.stepsTitle, lines: lines, focus: cursor)
        OverlayView.drawBox(content, in: box, into: &buffer)
    }

    /// The first line of a step: a narration, task or quiz's text, else the step as written.
    static func line(_ step: StepSummary, _ words: LessonWords, _ lang: String) -> (String, Style) {
        let first = String(step.text.resolve(lang).split(separator: "\n").first ?? "")
        switch step.kind {
        case .say: return ("\(words.sayWord): \(first)", .plain)
        case .task: return ("\(words.taskWord): \(first)", Style(bold: true))
        case .quiz: return ("\(words.quizWord): \(first)", Style(bold: true))
        case .scene: return (first, Style(.accent))
        case .other: return (first, Style(.muted))
        }
    }
}

extension String {
    /// Without trailing spaces.
    var trimmingTrailingSpaces: String {
        var cut = Substring(self)
        while cut.last == " " { cut = cut.dropLast() }
        return String(cut)
    }
}

import Picture

/// The step list (`g`): every step's first line, the current step marked, the stops numbered
/// as the header counts them; Enter jumps to the one under the cursor (a replay from the
/// lesson's start, so it is exact).
enum StepListView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let lesson = state.lesson, let cursor = state.player.stepList else { return }
        let width = min(100, buffer.width)
        let box = Rect(x: (buffer.width - width) / 2, y: 1, width: width, height: max(0, buffer.height - 2))
        guard box.width >= 10, box.height >= 3 else { return }
        let inner = box.width - 4
        let words = LessonWords(state.lang)
        // Stops carry the header's numbers ("step 3/16"); the steps the lesson plays itself, none.
        let isStop = lesson.steps.map(\.isStop)
        let stops = StopNumbers.at(isStop)
        let numberWidth = String(stops.last ?? 0).count
        var lines: [OverlayView.Line] = []
        for (k, step) in lesson.steps.enumerated() {
            let shown = isStop[k] ? String(stops[k]) : ""
            let number = String(repeating: " ", count: numberWidth - shown.count) + shown
            let here = k == min(lesson.index, lesson.steps.count - 1) ? "●" : " "
            let (text, style) = line(step, words, state.player.lang)
            let row = TextWrap.cut("\(here) \(number)  \(text)", width: inner)
            let look = k == cursor ? Style(.accent, bold: true, reverse: true) : (k == lesson.index ? Style(bold: true) : style)
            lines.append(OverlayView.Line(CharWidth.fit(row, inner), look))
        }
        let content = OverlayView.Content(title: words.stepsTitle, lines: lines, focus: cursor)
        OverlayView.drawBox(content, in: box, into: &buffer)
    }

    /// A step's title: a narration's first sentence, a task's request and a quiz's question
    /// (cut with "…" where more follows), a scene and every other step in words.
    static func line(_ step: StepSummary, _ words: LessonWords, _ lang: String) -> (String, Style) {
        let first = firstSentence(step.text.resolve(lang))
        switch step.kind {
        case .say: return (first, .plain)
        case .task: return ("\(words.taskWord): \(first)", Style(bold: true))
        case .quiz: return ("\(words.quizWord): \(first)", Style(bold: true))
        case .scene: return (first, Style(.accent))
        case .other: return (first, Style(.muted))
        }
    }

    /// The text up to the end of its first sentence (a period, question or exclamation mark
    /// before a space, or a line break), with "…" when more follows.
    static func firstSentence(_ text: String) -> String {
        let chars = Array(text.drop { $0 == " " || $0 == "\n" })
        let isEnd = { (k: Int) in k + 1 == chars.count || chars[k + 1] == " " || chars[k + 1] == "\n" }
        for k in chars.indices {
            let c = chars[k]
            guard c == "\n" || ((c == "." || c == "?" || c == "!") && isEnd(k)) else { continue }
            let head = String(chars[..<(c == "\n" ? k : k + 1)]).trimmingTrailingSpaces
            let rest = chars[(k + 1)...].contains { $0 != " " && $0 != "\n" }
            return rest ? head + " …" : head
        }
        return String(chars).trimmingTrailingSpaces
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

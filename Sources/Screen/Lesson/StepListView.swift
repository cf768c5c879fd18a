import Lessons
import RaftSim

/// The step list (`g`): every step's first line, the current step marked; Enter jumps to the
/// one under the cursor (a replay from the lesson's start, so it is exact).
enum StepListView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let lesson = state.player.lesson, let cursor = lesson.stepList else { return }
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
            let (text, style) = line(step.step, words, state.player.lang)
            let row = TextWrap.cut("\(here) \(number)  \(text)", width: inner)
            let look = k == cursor ? Style(.accent, bold: true, reverse: true) : (k == lesson.index ? Style(bold: true) : style)
            lines.append(OverlayView.Line(CharWidth.fit(row, inner), look))
        }
        let content = OverlayView.Content(title: words.stepsTitle, lines: lines, focus: cursor)
        OverlayView.drawBox(content, in: box, into: &buffer)
    }

    /// The first line of a step: a narration, task or quiz's text, else the step as written.
    static func line(_ step: Step, _ words: LessonWords, _ lang: String) -> (String, Style) {
        func first(_ text: LocalizedText) -> String {
            String(text.resolve(lang).split(separator: "\n").first ?? "")
        }
        switch step {
        case .say(let text): return ("\(words.sayWord): \(first(text))", .plain)
        case .task(let task): return ("\(words.taskWord): \(first(task.say))", Style(bold: true))
        case .quiz(let quiz): return ("\(words.quizWord): \(first(quiz.ask))", Style(bold: true))
        case .scene: return (StepLine.text(step), Style(.accent))
        default: return (StepLine.text(step), Style(.muted))
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

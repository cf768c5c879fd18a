import Picture

/// The narration pane of a lesson (product.md, "The screen": lesson text, tasks, quizzes):
/// a title row with what the step is, then the text, wrapped by columns in either language;
/// ↑ / ↓ scroll it when it does not fit.
enum NarrationView {
    typealias Line = OverlayView.Line

    /// Whether the learner is reading with the world at rest (a quiz, a failed step, the end):
    /// the pane may then take more of the screen.
    static func isReading(_ state: AppState) -> Bool {
        switch state.lesson?.phase {
        case .quiz?, .failed?, .ended?: true
        default: false
        }
    }

    /// Whether the pane's text does not fit in it (↑ / ↓ scroll it).
    static func overflows(_ state: AppState, _ layout: Layout) -> Bool {
        guard let rect = layout.narration else { return false }
        let width = textWidth(paneWidth: rect.width, beside: rect.x > 0)
        return lines(state, width: width).count > rect.height - 1
    }

    /// How far to scroll a quiz just answered: from the first of the chosen and the right
    /// choice (their marks) through the explanation when that fits, else as far as shows the
    /// explanation's end but never past the verdict. The question stays above (↑ brings it back).
    static func answerScroll(_ state: AppState) -> Int {
        guard let rect = Layout.of(state).narration, let lesson = state.lesson,
              case .quiz(let quiz) = lesson.phase, let chosen = quiz.chosen else { return 0 }
        let width = textWidth(paneWidth: rect.width, beside: rect.x > 0)
        let rows = rect.height - 1
        let all = lines(state, width: width).map { $0.runs.map(\.text).joined() }
        let marked = [chosen, quiz.answer].map { n in all.firstIndex { $0.hasPrefix("✓ \(n). ") || $0.hasPrefix("✗ \(n). ") } }
        let words = LessonWords(state.lang)
        let goOn = all.lastIndex(of: words.goOn) ?? all.count
        let last = max(0, all.count - rows)
        if let first = marked.compactMap({ $0 }).min(), goOn - first <= rows { return min(first, last) }
        let said = chosen == quiz.answer ? words.right : words.wrong(quiz.answer)
        let verdict = all.firstIndex { !$0.isEmpty && said.hasPrefix($0) } ?? 0
        return min(verdict, last)
    }

    /// How far to scroll a task whose hint just came: none when the task and its hint fit, else
    /// to "Hint:" at the top (↑ brings the task back), so no sentence shows cut in half.
    static func hintScroll(_ state: AppState) -> Int {
        guard let rect = Layout.of(state).narration, case .task(let task) = state.lesson?.phase else { return 0 }
        let width = textWidth(paneWidth: rect.width, beside: rect.x > 0)
        let words = LessonWords(state.lang)
        let all = lines(state, width: width).map { $0.runs.map(\.text).joined() }
        guard let start = all.firstIndex(of: words.hint) else { return 0 }
        // The hint's block as `lines` builds it: its keys, then the line on `u`.
        let end = start + hint(task.keys, words, width: width, readMode: state.readMode, real: state.picture.real != nil).count
            + wrap(words.retryAnyTime, width: width).count
        return end <= rect.height - 1 ? 0 : start
    }

    /// Columns of text in a pane of `width` columns (`beside`: with a rule on its left).
    static func textWidth(paneWidth: Int, beside: Bool) -> Int { max(1, paneWidth - (beside ? 3 : 2)) }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty, let lesson = state.lesson else { return }
        let beside = rect.x > 0
        var x = rect.x + 1
        if beside {
            for y in rect.y..<rect.maxY { buffer.put("│", x: rect.x, y: y, style: Style(.muted)) }
            x = rect.x + 2
        }
        let width = textWidth(paneWidth: rect.width, beside: beside)
        let lines = self.lines(state, width: width)
        let rows = rect.height - 1
        let scroll = min(state.player.scroll, max(0, lines.count - rows))
        title(state, lesson, above: scroll > 0, below: scroll + rows < lines.count, x: x, y: rect.y,
              maxX: rect.maxX, into: &buffer)
        for (k, line) in lines.dropFirst(scroll).prefix(max(0, rows)).enumerated() {
            var col = x
            for run in line.runs {
                col = buffer.put(run.text, x: col, y: rect.y + 1 + k, style: run.style, maxX: rect.maxX - (beside ? 0 : 1))
            }
        }
    }

    /// "━ Quiz · step 12/41 ━━━━ ↓ more": what the step is; arrows when text is above or below.
    static func title(_ state: AppState, _ lesson: LessonReport, above: Bool, below: Bool, x: Int, y: Int, maxX: Int,
                      into buffer: inout ScreenBuffer) {
        let words = LessonWords(state.lang)
        let what: String
        switch lesson.phase {
        case .narrating: what = state.picture.real == nil ? words.narration : words.tour  // `raftlab etcd --tour`
        case .task: what = words.task
        case .quiz: what = words.quiz
        case .running: what = words.running
        case .failed: what = words.failed
        case .ended: what = words.ended
        }
        let step = words.stepOf(lesson.stop.number, lesson.stop.count)
        let rule = Style(.muted)
        var col = buffer.put("━ ", x: x, y: y, style: Style(.accent, bold: true), maxX: maxX)
        col = buffer.put(what, x: col, y: y, style: Style(.accent, bold: true), maxX: maxX)
        col = buffer.put(" · \(step) ", x: col, y: y, style: rule, maxX: maxX)
        let more = [above ? "↑" : nil, below ? "↓ " + words.more : nil].compactMap { $0 }
            .joined(separator: " ")
        let end = more.isEmpty ? maxX : maxX - CharWidth.of(more) - 2
        if col < end { buffer.put(String(repeating: "━", count: end - col), x: col, y: y, style: rule, maxX: end) }
        if !more.isEmpty { buffer.put(" " + more, x: end, y: y, style: Style(.warning, bold: true), maxX: maxX) }
    }

    /// `text` wrapped by columns (at spaces where possible, else anywhere: TextWrap), each
    /// line with `style`; continuation lines indented by `indent`.
    static func wrap(_ text: String, width: Int, style: Style = .plain, indent: Int = 0) -> [Line] {
        let lines = TextWrap.lines(text, width: width)
        guard indent > 0, indent < width, lines.count > 1 else { return lines.map { Line($0, style) } }
        let pad = String(repeating: " ", count: indent)
        let rest = TextWrap.lines(lines.dropFirst().joined(separator: " "), width: width - indent)
        return [Line(lines[0], style)] + rest.map { Line(pad + $0, style) }
    }

    /// `prefix` then `text` wrapped beside it, continuation lines under the text (a choice).
    static func hanging(_ prefix: String, _ text: String, width: Int, style: Style) -> [Line] {
        let indent = CharWidth.of(prefix)
        guard indent < width - 4 else { return wrap(prefix + text, width: width, style: style) }
        let pad = String(repeating: " ", count: indent)
        return TextWrap.lines(text, width: width - indent).enumerated().map { k, line in
            Line((k == 0 ? prefix : pad) + line, style)
        }
    }

    /// The pane's text for the current step, `width` columns wide.
    static func lines(_ state: AppState, width: Int) -> [Line] {
        guard let lesson = state.lesson, width > 4 else { return [] }
        let words = LessonWords(state.lang)
        let lang = state.player.lang
        var out: [Line] = []
        func add(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            out += wrap(text, width: width, style: style, indent: indent)
        }
        if let scene = lesson.scene { add(words.scene(scene), Style(.accent, bold: true, reverse: true)) }
        switch lesson.phase {
        case .narrating(let text):
            add(text.resolve(lang))
            out.append(Line(words.goOn, Style(.muted)))
        case .quiz(let quiz):
            // Enter before an answer: the standing prompt says it, in the note's style, once.
            out += self.quiz(quiz, words, lang, width: width, urged: Self.inQuizPrompt(lesson.note, lesson.phase))
        case .task(let task) where task.wrongTurn != nil:
            out += wrongTurn(task, words, lang, width: width, retry: state.picture.real == nil)
        case .task(let task):
            add(task.say.resolve(lang), Style(bold: true))
            if task.held && task.actions == 0 { add(words.taskWaits, Style(.muted)) }
            if task.hint {
                out += self.hint(task.keys, words, width: width, readMode: state.readMode, real: state.picture.real != nil)
                    + (state.picture.real == nil ? wrap(words.retryAnyTime, width: width, style: Style(.muted)) : [])
            }
            if !task.held && state.picture.run.paused { add(words.pausedNothingMoves, Style(.accent)) }  // Space
        case let .running(step, previous):
            if let previous { add(previous.resolve(lang), Style(dim: true)) }
            add(state.picture.run.paused ? words.pausedNothingMoves : words.runningTo(step), Style(.accent))
        case .failed(let failure):
            add(words.failedIntro, Style(.bad, bold: true))
            out += hanging("  ", failure.step[state.lang], width: width, style: .plain)
            for found in failure.found { out += hanging("• ", found[state.lang], width: width, style: .plain) }
            if let waited = failure.waited { add(words.waited(waited), Style(.muted)) }
            add(words.failedWhy, Style(.warning))
        case .ended(let end):
            out += ending(state, lesson, end, words, lang, width: width)
        }
        if let note = lesson.note, !Self.inQuizPrompt(note, lesson.phase) { add(words.note(note), Style(.warning, bold: true)) }
        return out
    }

    /// The question, numbered choices, and once answered the verdict and `explain`.
    /// Whether `note` is the open quiz's own prompt ("Press 1–3 to answer."), shown there.
    static func inQuizPrompt(_ note: LessonNote?, _ phase: LessonReport.Phase) -> Bool {
        guard case .pickAnAnswer = note, case .quiz(let quiz) = phase else { return false }
        return quiz.chosen == nil
    }

    static func quiz(_ quiz: QuizReport, _ words: LessonWords, _ lang: String, width: Int, urged: Bool = false) -> [Line] {
        var out = wrap(quiz.ask.resolve(lang), width: width, style: Style(bold: true))
        for (k, choice) in quiz.choices.enumerated() {
            let number = k + 1
            var style = Style.plain
            var mark = "  "
            if let chosen = quiz.chosen {
                if number == quiz.answer {
                    style = Style(.good, bold: true)
                    mark = "✓ "
                } else if number == chosen {
                    style = Style(.bad)
                    mark = "✗ "
                } else {
                    style = Style(dim: true)
                }
            }
            out += hanging("\(mark)\(number). ", choice.resolve(lang), width: width, style: style)
        }
        guard let chosen = quiz.chosen else {
            // After Enter, the prompt itself says why nothing happened (`LessonNote.pickAnAnswer`), once.
            if urged { out += wrap(words.note(.pickAnAnswer(quiz.choices.count)), width: width, style: Style(.warning, bold: true)) }
            else { out.append(Line(words.answerWith(quiz.choices.count), Style(.muted))) }
            return out
        }
        out += wrap(chosen == quiz.answer ? words.right : words.wrong(quiz.answer), width: width,
                    style: Style(chosen == quiz.answer ? .good : .warning, bold: true))
        out += wrap(quiz.explain.resolve(lang), width: width)
        out.append(Line(words.goOn, Style(.muted)))
        return out
    }

    /// A task stopped at a wrong turn (issue 11): what happened as a teaching moment under a
    /// clear mark and the one key that tries again, first (a narrow pane shows them), then the
    /// task dimmed.
    /// `retry`: `u` offered (a real cluster's tour has no start to go back to: its words say what to do).
    static func wrongTurn(_ task: TaskReport, _ words: LessonWords, _ lang: String, width: Int, retry: Bool = true) -> [Line] {
        var out = wrap(words.wrongTurn, width: width, style: Style(.bad, bold: true))
        out += wrap(task.wrongTurn?.resolve(lang) ?? "", width: width)
        if retry { out += wrap(words.retryOffer, width: width, style: Style(.accent, bold: true)) }
        out += wrap(task.say.resolve(lang), width: width, style: Style(dim: true))
        return out
    }

    /// The hint: each solution step as its key, the node to select first; a read's `v` presses
    /// counted from the header's read mode `readMode` (then from the mode of the read before),
    /// as `v` goes on a simulated or a `real` cluster.
    static func hint(_ items: [HintItem], _ words: LessonWords, width: Int, readMode: ReadMode = .readIndex,
                     real: Bool = false) -> [Line] {
        var out = [Line(words.hint, Style(.warning, bold: true))]
        var mode = readMode
        for item in items {
            let text: String
            switch item {
            case let .key(command, node, digit):
                let key = KeyTable.binding(command).shown
                text = node.map { words.selectThen($0, digit: digit, key: key, what: words.does(command)) }
                    ?? words.press(key, what: words.does(command))
            case let .drop(from, to): text = words.dropHint(from, to)
            case .acks(let acks): text = words.acksHint(acks)
            case .readMode(let target):
                text = words.readModeHint(target, presses: Update.readModePresses(from: mode, to: target, real: real), real: real)
                mode = target
            case let .option(row, label, value, isSwitch): text = words.optionHint(row: row, label: label, value: value, isSwitch: isSwitch)
            case let .enter(step, done): text = done ? words.enterDone : words.enterDoes(step)
            }
            out += hanging("• ", text, width: width, style: Style(.warning))
        }
        return out
    }

    /// The end: what the lesson showed (its title and summary, counts) and the next lesson.
    static func ending(_ state: AppState, _ lesson: LessonReport, _ end: EndReport, _ words: LessonWords, _ lang: String,
                       width: Int) -> [Line] {
        var out = wrap(words.finished(lesson.title.resolve(lang)), width: width, style: Style(.accent, bold: true))
        if let summary = lesson.summary { out += wrap(summary.resolve(lang), width: width) }
        out += wrap(words.counts(steps: lesson.stop.count, says: end.says, tasks: end.tasks, done: end.done,
                                 quizzes: end.quizzes, right: end.right), width: width, style: Style(.muted))
        if end.violations > 0 { out += wrap(words.sawSafety(end.violations), width: width, style: Style(.muted)) }
        if let next = Player.nextLesson(lesson, state) {
            let number = next.number.map { "\($0). " } ?? ""
            out += wrap(words.next(number + next.title.resolve(lang)), width: width, style: Style(.good, bold: true))
        } else {
            out += wrap(words.lastOne, width: width, style: Style(.good, bold: true))
        }
        return out
    }
}

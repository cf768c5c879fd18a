import Picture

/// The lesson menu (`raftlab lesson`): number, title, finished or where the learner stopped,
/// and each lesson's summary (under every title when the screen is tall enough, else for the
/// lesson under the cursor).
enum LessonMenuView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let menu = state.player.menu else { return }
        let words = LessonWords(state.lang)
        let lang = state.player.lang
        let width = buffer.width
        var x = buffer.put("raftlab", x: 0, y: 0, style: Style(.accent, bold: true))
        x = buffer.put(" · ", x: x, y: 0, style: Style(.muted))
        buffer.put(words.menuTitle, x: x, y: 0, style: Style(bold: true))
        FooterView.draw(state, into: &buffer, rect: Rect(x: 0, y: buffer.height - 1, width: width, height: 1))
        let catalog = state.player.catalog
        var y = 2
        guard !catalog.isEmpty else {
            for line in TextWrap.lines(words.noLessons, width: width - 4) {
                buffer.put(line, x: 2, y: y, style: Style(.warning))
                y += 1
            }
            return
        }
        let noteLines = menu.note.map { TextWrap.lines($0, width: width - 4) } ?? []
        let room = buffer.height - 3 - noteLines.count - (noteLines.isEmpty ? 0 : 1)
        let summaries = room >= catalog.count * 2
        let statusWidth = catalog.map { CharWidth.of(status($0, state, words)) }.max() ?? 0
        let numberWidth = String(catalog.compactMap(\.number).max() ?? catalog.count).count
        for (k, entry) in catalog.enumerated() {
            guard y < buffer.height - 1 - (summaries ? 1 : 0) else { break }
            let selected = k == menu.cursor
            let number = entry.number.map(String.init) ?? "·"
            let lead = (selected ? "▸ " : "  ") + String(repeating: " ", count: max(0, numberWidth - number.count)) + number + "  "
            let titleWidth = width - 2 - CharWidth.of(lead) - statusWidth - 2
            let title = TextWrap.cut(entry.title.resolve(lang), width: titleWidth)
            let style = selected ? Style(.accent, bold: true, reverse: true) : Style(bold: true)
            if selected { buffer.fill(x: 1, y: y, width: width - 2, height: 1, style: style) }
            var col = buffer.put(lead, x: 1, y: y, style: style)
            col = buffer.put(title, x: col, y: y, style: style)
            let mark = status(entry, state, words)
            let finished = state.player.progress[entry.id]?.finished == true
            buffer.put(mark, x: width - 1 - statusWidth, y: y,
                       style: selected ? style : Style(finished ? .good : .warning))
            y += 1
            if summaries, let summary = entry.summary {
                let indent = 1 + CharWidth.of(lead)
                buffer.put(TextWrap.cut(summary.resolve(lang), width: width - indent - 2), x: indent, y: y, style: Style(.muted))
                y += 1
            }
        }
        y += 1
        if !summaries, menu.cursor < catalog.count, let summary = catalog[menu.cursor].summary {
            for line in TextWrap.lines(summary.resolve(lang), width: width - 4) where y < buffer.height - 1 - noteLines.count {
                buffer.put(line, x: 2, y: y, style: Style(.muted))
                y += 1
            }
            y += 1
        }
        for line in noteLines where y < buffer.height - 1 {
            buffer.put(line, x: 2, y: y, style: Style(.warning))
            y += 1
        }
    }

    /// "✓ finished", "▶ stopped at 12/41" or nothing for a lesson not started.
    static func status(_ entry: LessonListing, _ state: AppState, _ words: LessonWords) -> String {
        guard let saved = state.player.progress[entry.id] else { return "" }
        if saved.finished { return words.finishedMark }
        guard saved.step > 1 else { return "" }
        let stop = entry.stops.count == saved.steps ? StopNumbers.shown(entry.stops, index: saved.step - 1) : (number: saved.step, count: saved.steps)
        return words.stoppedAt(stop.number, stop.count)
    }
}

/// The footer's keys while the lesson player owns the screen: what the current step takes.
enum LessonFooter {
    static func hints(_ state: AppState, layout: Layout? = nil) -> [UIWords.KeyHint]? {
        let w = UIWords(state.lang)
        let l = LessonWords(state.lang)
        if state.player.menu != nil { return [l.choose, l.start, w.quit] }
        guard let lesson = state.lesson else { return nil }
        if state.player.stepList != nil { return [l.choose, l.jump, w.close, w.quit] }
        // `raftlab etcd --tour`: Enter past a text, else the real cluster's keys.
        var hints = state.picture.real == nil ? phaseHints(state, lesson, w, l)
            : (lesson.phase.isNarrating ? [l.next] : []) + w.realHints(state)
        if NarrationView.overflows(state, layout ?? Layout.of(state)) { hints.insert(l.scrollText, at: min(1, hints.count)) }
        return hints
    }

    static func phaseHints(_ state: AppState, _ lesson: LessonReport, _ w: UIWords, _ l: LessonWords) -> [UIWords.KeyHint] {
        let runPause = state.picture.run.paused ? w.run : w.pause
        switch lesson.phase {
        case .narrating:
            return [l.next, l.back, l.steps, w.select(state.nodeCount), w.inspect, w.help, w.quit]
        case .quiz(let quiz) where quiz.chosen == nil:
            return [l.answer(quiz.choices.count), l.back, l.steps, w.help, w.quit]
        case .quiz:
            return [l.next, l.back, l.steps, w.help, w.quit]
        case .task(let task) where task.wrongTurn != nil:
            return [l.retry, l.back, l.steps, w.inspect, w.help, w.quit]
        case .task(let task):
            var hints = [w.select(state.nodeCount)]
            for command in taskCommands(lesson, task) where !hints.contains(where: { $0.key == KeyTable.binding(command).shown }) {
                hints.append(UIWords.KeyHint(key: KeyTable.binding(command).shown, word: l.does(command)))
            }
            if task.offersEnter { hints.append(l.doIt) }
            return hints + [runPause, l.retry, l.back, l.steps, w.help, w.quit]
        case .running:
            return [runPause, w.step, l.faster, w.rewind, l.back, l.steps, w.help, w.quit]
        case .failed:
            return [l.back, l.steps, w.inspect, w.help, w.quit]
        case .ended:
            return [l.nextLesson, l.back, l.steps, w.quit]
        }
    }

    /// The keys a task's solution takes (from its hint once shown, else from its steps).
    static func taskCommands(_ lesson: LessonReport, _ task: TaskReport) -> [KeyCommand] {
        var commands: [KeyCommand] = []
        for item in task.keys {
            switch item {
            case .key(let command, _, _): commands.append(command)
            case .drop: commands += [.highlight, .drop]
            case .acks: commands.append(.cycleAcks)
            case .readMode: commands.append(.cycleReadMode)
            case .option: commands.append(.options)
            case .enter: break
            }
        }
        return commands
    }
}

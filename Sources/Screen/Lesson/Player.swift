import Picture

/// The lesson player's view (product.md, "Lessons"): it shows what the lesson interpreter
/// reports (in the picture) and sends it the learner's keys as `LessonAction`s; the lesson
/// itself runs in the runtime. The menu, the step list and scrolling are the screen's own.
public enum Player {
    // MARK: - Opening

    /// Opens the lesson menu, the cursor on the first lesson not finished.
    @discardableResult
    public static func openMenu(_ state: inout AppState, note: String? = nil) -> [Effect] {
        let first = state.player.catalog.firstIndex { state.player.progress[$0.id]?.finished != true } ?? 0
        state.player.menu = LessonMenu(cursor: first, note: note)
        state.player.stepList = nil
        state.overlay = nil
        return []
    }

    /// Opens a lesson where the learner stopped (unfinished, from the progress), else at its
    /// first step; `fromStart` always starts at the first step.
    public static func open(_ lesson: LessonListing, _ state: inout AppState, fromStart: Bool = false) -> [Effect] {
        state.player.menu = nil
        state.player.stepList = nil
        state.player.scroll = 0
        state.overlay = nil
        state.highlighted = nil
        state.selected = 0
        state.eventsScroll = 0
        state.logScroll = nil
        return [.openLesson(lesson.id, fromStart: fromStart)]
    }

    /// The step a lesson opens at: where the learner stopped in an unfinished lesson, else 0.
    public static func startStep(_ lesson: LessonListing, progress: LessonProgress?, fromStart: Bool) -> Int {
        guard !fromStart, let saved = progress, !saved.finished, saved.steps == lesson.steps,
              saved.step > 1, saved.step <= saved.steps else { return 0 }
        return saved.step - 1
    }

    // MARK: - The interpreter's reports

    /// A new picture: a new step scrolls the narration back up and lets the log table follow
    /// again; a quiz just answered scrolls to its verdict; reaching a narration, task, quiz or
    /// the end saves the learner's progress.
    static func picture(_ state: inout AppState) -> [Effect] {
        guard let lesson = state.picture.lesson else { return [] }
        if state.player.shown.map({ $0.id != lesson.id || $0.index != lesson.index }) ?? true {
            state.player.shown = (lesson.id, lesson.index)
            state.player.scroll = 0
            state.player.answerShown = false
            state.player.hintShown = false
            state.logScroll = nil
            return saved(lesson, &state)
        }
        if case .quiz(let quiz) = lesson.phase, quiz.chosen != nil, !state.player.answerShown {
            state.player.answerShown = true
            state.player.scroll = NarrationView.answerScroll(state)
        }
        if case .task(let task) = lesson.phase, task.hint, task.wrongTurn == nil, !state.player.hintShown {
            state.player.hintShown = true
            state.player.scroll = NarrationView.hintScroll(state)
        }
        return []
    }

    /// The progress effect for reaching the current step (or the end), also kept in the state.
    static func saved(_ lesson: LessonReport, _ state: inout AppState) -> [Effect] {
        switch lesson.phase {
        case .narrating, .quiz, .task, .ended: break
        case .running, .failed: return []
        }
        let (step, steps) = lesson.progress
        let finished = lesson.ended || (state.player.progress[lesson.id]?.finished ?? false)
        state.player.progress[lesson.id] = LessonProgress(finished: finished, step: step, steps: steps)
        return [.saveProgress(id: lesson.id, LessonProgress(finished: lesson.ended, step: step, steps: steps))]
    }

    /// The lesson after this one in the catalog, if any.
    static func nextLesson(_ lesson: LessonReport, _ state: AppState) -> LessonListing? {
        let catalog = state.player.catalog
        guard let k = catalog.firstIndex(where: { $0.id == lesson.id }), k + 1 < catalog.count else { return nil }
        return catalog[k + 1]
    }

    // MARK: - Keys

    /// The player's handling of a key (Enter or `n` / `b` / `g` / `u`; digits answer an open quiz;
    /// ↑/↓ scroll), or nil to let the sandbox's keys have it.
    static func key(_ key: Key, _ state: inout AppState) -> [Effect]? {
        if state.player.menu != nil { return menuKey(key, &state) }
        guard let lesson = state.lesson else { return nil }
        if state.player.stepList != nil { return stepListKey(key, lesson, &state) }
        // `u` at a wrong turn met in the options panel: the panel closes and the task starts again.
        if case .options = state.overlay, case .task(let task) = lesson.phase, task.wrongTurn != nil,
           KeyTable.command(for: key) == .retryTask {
            state.overlay = nil
            return [.action(.lesson(.retry))]
        }
        if state.overlay != nil || key == .escape || Layout.tooSmall(width: state.width, height: state.height) { return nil }
        if case .quiz(let quiz) = lesson.phase, quiz.chosen == nil, case .char(let c) = key,
           let digit = c.wholeNumberValue, (1...quiz.choices.count).contains(digit) {
            return [.action(.lesson(.answer(digit)))]
        }
        switch key {
        case .up:
            state.player.scroll = max(0, state.player.scroll - 1)
            return []
        case .down:
            state.player.scroll += 1
            return []
        default: break
        }
        switch KeyTable.command(for: key) {
        case .goOn?:
            guard lesson.ended else { return [.action(.lesson(.goOn))] }
            if let next = nextLesson(lesson, state) { return open(next, &state, fromStart: true) }
            return openMenu(&state)
        case .previousStep?: return [.action(.lesson(.back))]
        case .retryTask?: return [.action(.lesson(.retry))]
        case .stepList?:
            state.player.stepList = min(lesson.index, lesson.steps.count - 1)
            return []
        default: return nil
        }
    }

    /// The step list (`g`): ↑↓ PgUp PgDn move, Enter jumps, Esc or `g` closes.
    static func stepListKey(_ key: Key, _ lesson: LessonReport, _ state: inout AppState) -> [Effect]? {
        guard let cursor = state.player.stepList else { return nil }
        let last = lesson.steps.count - 1
        let page = max(1, state.height / 2)
        switch key {
        case .up: state.player.stepList = max(0, cursor - 1)
        case .down: state.player.stepList = min(last, cursor + 1)
        case .pageUp: state.player.stepList = max(0, cursor - page)
        case .pageDown: state.player.stepList = min(last, cursor + page)
        case .escape, .char("g"): state.player.stepList = nil
        case .enter:
            state.player.stepList = nil
            state.player.scroll = 0
            return [.action(.lesson(.jump(cursor)))]
        default: break
        }
        return []
    }

    /// The menu: ↑↓ choose, digits pick a lesson by number, Enter starts it.
    static func menuKey(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var menu = state.player.menu else { return nil }
        let catalog = state.player.catalog
        guard !catalog.isEmpty else { return [] }
        switch key {
        case .up: menu.cursor = max(0, menu.cursor - 1)
        case .down, .tab: menu.cursor = min(catalog.count - 1, menu.cursor + 1)
        case .char(let c) where c.wholeNumberValue != nil:
            let number = c.wholeNumberValue!
            if let k = catalog.firstIndex(where: { $0.number == number }) { menu.cursor = k }
        case .enter, .char("n"):
            return open(catalog[min(menu.cursor, catalog.count - 1)], &state)
        default: break
        }
        state.player.menu = menu
        return []
    }
}

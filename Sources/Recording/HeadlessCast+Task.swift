import Lessons
import MainLoop
import Picture
import Screen

/// A task done as its hint says (`LessonHints`): each item's keys pressed as a learner reads
/// them; the steps no key does by Enter, once the hint offers it.
extension HeadlessCast {
    mutating func doTask(_ task: TaskSpec) {
        guard let names = lesson?.cluster.names else { return }
        let items = LessonHints.items(task, names: names)
        for item in items { play(item, names: names) }
        guard items.contains(where: { if case .enter = $0 { true } else { false } }) else { return }
        showHint()
        pass(CastTiming.readingBaseMs)
        press(.enter)
    }

    /// The hint shows after `TaskProgress.hintAfter` s of a task: while the task holds the world
    /// nothing else moves, so that wait is left out of the recording; while the world runs, it
    /// is recorded as it passes.
    mutating func showHint() {
        let index = lesson?.index
        if case .task(let task)? = lesson?.phase, task.held, !task.hint {
            runtime.advance(wallMs: TaskProgress.hintAfter * 1000)
            turns()
        }
        while lesson?.index == index, !(lesson?.hintShown ?? true), clock.ms <= settings.longestMs {
            pass(CastTiming.frameMs)
        }
    }

    /// One item of a hint, by the keys it names.
    mutating func play(_ item: HintItem, names: [String]) {
        switch item {
        case let .key(command, node, digit):
            if let node { select(node, digit: digit) }
            press(KeyTable.binding(command).keys[0])
        case let .drop(from, to):
            guard let a = names.firstIndex(of: from), let b = names.firstIndex(of: to) else { return }
            for _ in 0..<(names.count * names.count) where loop.state.highlighted != Link(from: a, to: b) {
                press(.char("m"))
            }
            press(.char("x"))
        case .acks(let acks):
            for _ in 0..<3 where loop.state.picture.clients.acks != acks { press(.char("a")) }
        case .readMode(let mode):
            for _ in ReadMode.allCases where loop.state.readMode != mode { press(.char("v")) }
        case let .option(row, label, value, isSwitch):
            setOption(row: row, label: label, value: value, isSwitch: isSwitch)
        case .enter:
            break  // after the keys (`doTask`)
        }
    }

    /// Selects a node: its digit, else Tab until it is selected.
    mutating func select(_ node: String, digit: Int?) {
        if let digit { return press(.char(Character(String(digit)))) }
        for _ in loop.state.picture.nodes where selectedName != node { press(.tab) }
    }

    var selectedName: String? {
        loop.state.picture.nodes.first { $0.id == loop.state.selected }?.name
    }

    /// `o`, ↓ onto the row, Enter or → until it reads the value, Esc.
    mutating func setOption(row: Int, label: Phrase, value: Phrase, isSwitch: Bool) {
        press(.char("o"))
        for _ in 0..<row { press(.down) }
        let rows = { (loop: MainLoop) in loop.state.picture.settings.options }
        if case .options(let cursor)? = loop.state.overlay, cursor < rows(loop).count, rows(loop)[cursor].label == label {
            for _ in rows(loop) where rows(loop)[cursor].value != value { press(isSwitch ? .enter : .right) }
        }
        press(.escape)
    }
}

import Lessons
import Picture
import RaftCore
import RaftSim
@testable import Screen

/// Settings as a learner changes them (issue 11): a `configure` by the keys its hint names,
/// each hint item played as it reads, checked against what the screen shows.
extension LessonDriver {
    /// A `configure` by its hint's keys; false when its hint offers Enter (no key does it) or a
    /// key did not do what the hint says.
    /// With `shortest`, a choice takes ← when that is fewer presses (a wrong turn's example:
    /// stepping through the values between would take another wrong turn first).
    mutating func configure(_ command: ClusterCommand, shortest: Bool = false) -> Bool {
        let items = LessonHints.items(for: .command(command), names: lesson.cluster.names)
        guard !items.isEmpty else { return false }
        for item in items where !play(item, shortest: shortest) { return false }
        return true
    }

    /// One hint item of a setting: `a` until the acks mode reads the value; `v` until the read
    /// mode is the one named; or `o`, ↓ as many
    /// times as the hint says onto the row it names, Enter or → until the row reads the value,
    /// then Esc. False for any other item, or when the screen does not show what the hint says.
    mutating func play(_ item: HintItem, shortest: Bool = false) -> Bool {
        switch item {
        case .acks(let acks):
            if shortest, let row = optionRows.firstIndex(where: { $0.id == "acks" }),
               backwardIsShorter("acks", to: Phrase(acks)) {
                // `a` goes 0, 1, all: from all to 1 it would pass 0 (another wrong turn); the
                // options panel's acks row takes ← instead.
                press("o")
                for _ in 0..<row { press(.down) }
                for _ in optionRows where state.picture.clients.acks != acks { press(.left) }
                press(.escape)
                return state.picture.clients.acks == acks && state.overlay == nil
            }
            for _ in Acks.allCases where state.picture.clients.acks != acks { press("a") }
            return state.picture.clients.acks == acks
        case let .option(row, label, value, isSwitch):
            press("o")
            for _ in 0..<row { press(.down) }
            guard case .options(let cursor)? = state.overlay, optionRows[cursor].label == label else {
                press(.escape)
                return false
            }
            let back = shortest && backwardIsShorter(optionRows[cursor].id, to: value)
            for _ in optionRows where optionRows[cursor].value != value { press(isSwitch ? .enter : back ? .left : .right) }
            let reached = optionRows[cursor].value == value
            press(.escape)
            return reached && state.overlay == nil
        case .readMode(let mode):
            for _ in ReadMode.allCases where state.readMode != mode { press("v") }
            return state.readMode == mode
        case .key, .drop, .enter:
            return false
        }
    }

    /// Whether ← brings option `id` to `value` in fewer presses than → (the values go round),
    /// tried on copies of the world.
    func backwardIsShorter(_ id: String, to value: Phrase) -> Bool {
        func presses(_ forward: Bool) -> Int {
            var w = world
            for n in 0..<8 {
                if w.options.first(where: { $0.id == id })?.value == value { return n }
                guard let change = w.change(option: id, forward: forward) else { break }
                w.apply(.configure(change))
            }
            return .max
        }
        return presses(false) < presses(true)
    }

    /// The options panel's rows as the screen has them.
    var optionRows: [OptionPicture] { state.picture.settings.options }
}

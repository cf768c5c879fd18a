import KafkaCore
import Picture
import RaftCore
import RaftSim

/// What a task's hint says, derived from its solution (issue 5): each solution step as the
/// key that does it (from the key table: crash `c`, restart `r`, isolate `p`, heal `h`, slow
/// `s`, timeout `t`, write `w` or `W`, consume `k`, drop `m` then `x`, acks `a`, the options
/// panel `o`, a read `v` to its mode then `R`) and the node to select first; steps no key does
/// (a partition of several groups, `cut`, a `configure` of what the panel does not offer, a
/// `write` with `count`, a read at a named node) are offered as one press of Enter.
public enum LessonHints {
    /// The solution's steps as keys (steps that only pass time are left out); `names` are the
    /// current scene's.
    public static func items(_ task: TaskSpec, names: [String], keylessDone: Bool = false) -> [HintItem] {
        task.solution.flatMap { items(for: $0.step, names: names, keylessDone: keylessDone) }
    }

    /// How a step is done by keys: a key on a node (or none), the drop of a link, settings by
    /// `a` and the options panel, Enter, or nothing (steps that only pass time).
    enum Way {
        case key(KeyCommand, NodeID?)
        case drop(from: NodeID, to: NodeID)
        case settings(acks: Acks?, options: [OptionTarget])
        case enter
    }

    /// The way of a step: the key table's, for a step that acts on the world.
    static func way(_ step: Step) -> Way? {
        guard case .command(let command) = step else { return nil }
        switch command {
        case .crash(let n): return .key(.crash, n)
        case .restart(let n): return .key(.restart, n)
        case .partition: return command.isolated.map { .key(.isolate, $0) } ?? .enter
        case .heal: return .key(.heal, nil)
        case .slow(let n, _): return .key(.slow, n)
        case .timeout(let n): return .key(.timeout, n)
        case let .write(_, to, _, 1): return to.map { .key(.writeToSelected, $0) } ?? .key(.write, nil)
        case .consume(let n): return .key(.consume, n)
        case let .drop(from, to): return .drop(from: from, to: to)
        case .configure(let change): return settings(change) ?? .enter
        case .snapshot(let n): return .key(.snapshot, n)
        case .read(nil, _): return .key(.read, nil)
        case .transfer(let n): return .key(.transfer, n)
        case .add(let n): return .key(.addMember, n)
        case .remove(let n): return .key(.removeMember, n)
        case .write, .cut, .read: return .enter
        }
    }

    /// A `configure` by keys: `a` for the acks mode, the options panel's rows for the rest
    /// (issue 11: the learner switches settings); nil when the panel does not offer it, or
    /// when it changes nothing (`timing: {}`).
    static func settings(_ change: Reconfiguration<ClusterChange>) -> Way? {
        // The panel has no row for `snapshot_every` (raft-extensions.md): Enter does it all.
        guard change.engine?.raft?.snapshotEvery == nil else { return nil }
        var rest = change
        rest.acks = nil
        guard let options = rest == Reconfiguration() ? [] : optionTargets(rest),
              change.acks != nil || !options.isEmpty else { return nil }
        return .settings(acks: change.acks, options: options)
    }

    /// The options panel's rows for a change of either engine's settings (or of latency alone).
    static func optionTargets(_ change: Reconfiguration<ClusterChange>) -> [OptionTarget]? {
        switch change.engine {
        case .kafka?: change.mapChange(\.kafka).flatMap(KafkaEngine.optionTargets)
        case .raft?, nil: change.mapChange(\.raft).flatMap(RaftEngine.optionTargets)
        }
    }

    /// The hint of one step, its node named by `names`: one item, or one per setting of a
    /// `configure`; none for a step that only passes time.
    public static func items(for step: Step, names: [String], keylessDone: Bool = false) -> [HintItem] {
        // `R` reads in the mode the header shows: `v` first, until it shows the step's mode.
        if case .command(.read(nil, let mode)) = step { return [.readMode(mode), .key(.read, node: nil, digit: nil)] }
        switch way(step) {
        case let .key(command, node?)?: return [.key(command, node: names[node], digit: node < 9 ? node + 1 : nil)]
        case let .key(command, nil)?: return [.key(command, node: nil, digit: nil)]
        case let .drop(from, to)?: return [.drop(from: names[from], to: names[to])]
        case let .settings(acks, options)?:
            return acks.map { [.acks($0.rawValue)] } ?? []
                + options.map { .option(row: $0.row, label: $0.label, value: $0.value, isSwitch: $0.isSwitch) }
        case .enter?: return [.enter(StepWords.title(step, names: names), done: keylessDone)]
        case nil: return []
        }
    }

    /// How many world commands the solution gives (steps that only pass time give none): a
    /// held task runs once the learner has given as many.
    public static func actions(_ task: TaskSpec) -> Int {
        task.solution.filter { if case .command = $0.step { true } else { false } }.count
    }

    /// The solution steps no key does, in order: what Enter does once the hint shows.
    public static func keyless(_ task: TaskSpec) -> [Step] {
        task.solution.map(\.step).filter { step in
            if case .enter? = way(step) { return true }
            return false
        }
    }
}

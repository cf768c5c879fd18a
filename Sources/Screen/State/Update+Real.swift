import Picture

/// Keys and a real etcd cluster (issue 14): keys it cannot honour (step, speed, history, drop,
/// options, ...) are refused in words; faults are off when attached; `z` means nothing in the
/// simulator.
extension Update {
    static func realClusterRefusal(_ key: Key, _ state: AppState) -> String? {
        guard state.overlay == nil, state.player.menu == nil, let command = KeyTable.command(for: key) else { return nil }
        let words = UIWords(state.lang)
        let shown = KeyTable.binding(command).shown
        guard let real = state.picture.real else {
            return command == .freeze ? words.freezeIsReal : nil
        }
        if state.picture.lesson != nil, command == .goOn { return nil }  // `raftlab etcd --tour` goes on
        if !KeyTable.realCommands.contains(command) { return words.notOnARealCluster(shown) }
        let faults: Set<KeyCommand> = [.crash, .restart, .freeze, .isolate, .heal]
        if real.attached, faults.contains(command) { return words.attachedNoFaults(shown) }
        return nil
    }
}

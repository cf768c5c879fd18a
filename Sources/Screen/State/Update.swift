import Picture

/// The one place UI state changes (Elm architecture): each input gives a new state and the
/// effects the main loop carries out (product.md, "Keys"). Keys go through the key table.
public enum Update {
    public static func apply(_ state: inout AppState, _ input: Input) -> [Effect] {
        switch input {
        case .picture(let picture):
            state.picture = picture
            if let h = state.highlighted, !picture.messages.contains(where: { $0.link == h }),
               !(state.kafkaSide?.messages.contains { $0.link == h } ?? false) {
                state.highlighted = nil  // the highlighted message arrived or was dropped
            }
            if state.selected >= state.nodeCount { state.selected = 0 }  // a lesson's new scene
            return Player.picture(&state)
        case .sidePicture(let picture):
            state.kafkaSide = picture
            return []
        case let .resize(width, height):
            state.width = width
            state.height = height
            return []
        case let .click(x, y):
            if state.player.menu == nil, !state.diagram, !state.eventsLarge, state.overlay == nil, let node = ClusterGeometry.node(at: x, y, state) {
                state.selected = node
            }
            return []
        case .key(let key):
            state.notice = nil
            if state.both, let refused = BothView.refused(key, state) {
                state.notice = refused
                return []
            }
            if let refused = raftOnlyRefusal(key, state) ?? realClusterRefusal(key, state) {
                state.notice = refused
                return []
            }
            if key != .char("q"), let handled = Player.key(key, &state) { return handled }
            return self.key(key, &state)
        }
    }

    static func key(_ key: Key, _ state: inout AppState) -> [Effect] {
        let command = KeyTable.command(for: key)
        if command == .quit { return [.quit] }
        if command == .close {
            if state.overlay == nil { state.eventsLarge = false } else { state.overlay = nil }
            return []
        }
        if case .options = state.overlay { return OptionsPanel.key(key, &state) }
        if OverlayView.scrolls(state), let lines = scrollLines(key, state) {
            state.overlayScroll = max(0, min(state.overlayScroll + lines, OverlayView.maxScroll(state.overlay!, state)))
            return []
        }
        if Layout.tooSmall(width: state.width, height: state.height) { return [] }
        if case .char(let c) = key, let digit = c.wholeNumberValue, (1...state.nodeCount).contains(digit) {
            state.selected = digit - 1
            return []
        }
        if key == .backTab { select(state.selected - 1 + state.nodeCount, &state) }
        return command.map { run($0, &state) } ?? []
    }

    /// What a command of the key table does in the live view.
    static func run(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
        let me = state.selected
        switch command {
        case .crash: return [.action(.crash(me))]
        case .restart: return [.action(.restart(me))]
        case .isolate: return [.action(.isolate(me))]
        case .heal: return [.action(.heal)]
        case .slow: return [.action(.slow(me))]
        case .timeout: return [.action(.timeout(me))]
        case .write: return [.action(.write(to: nil))]
        case .writeToSelected: return [.action(.write(to: me))]
        case .cycleAcks: return [.action(.cycleAcks)]
        case .consume: return [.action(.consume(from: me))]
        case .snapshot: return [.action(.snapshot(me))]
        case .read: return [.action(.read(state.readMode, selected: state.selected))]
        case .cycleReadMode: state.readMode = nextReadMode(state.readMode, real: state.picture.real != nil)
        case .transfer: return [.action(.transfer(me))]
        case .addMember: return [.action(.addMember(me))]
        case .removeMember: return [.action(.removeMember(me))]
        case .freeze: return [.action(.freeze(me))]
        case .highlight: state.highlighted = nextHighlight(state)
        case .drop: return dropHighlighted(&state)
        case .options: state.overlay = .options(row: 0)
        case .togglePause: return [.action(.togglePause)]
        case .stepEvent: return [.action(.stepEvent)]
        case .faster: return [.action(.faster)]
        case .slower: return [.action(.slower)]
        case .back: return [.action(.back)]
        case .forward: return [.action(.forward)]
        case .selectNext: select(state.selected + 1, &state)
        case .eventsUp: state.eventsScroll += max(1, state.height / 4)
        case .eventsDown: state.eventsScroll = max(0, state.eventsScroll - max(1, state.height / 4))
        case .eventsSize: state.eventsLarge.toggle()
        case .logLeft: state.logScroll = max(1, LogTableView.firstIndex(BothView.logState(state)) - 1)
        case .logRight:  // past the end it follows again (decisions.md, "The learner's path")
            let table = BothView.logState(state)
            let first = LogTableView.firstIndex(table)
            state.logScroll = LogTableView.showsEnd(table, first: first) ? nil : first + 1
        case .diagram: state.diagram.toggle()
        case .explain: state.overlay = state.overlay == .explain ? nil : .explain
        case .inspect: state.overlay = state.overlay == .inspect ? nil : .inspect
        case .help: state.overlay = state.overlay == .help ? nil : .help
        case .legend: state.overlay = state.overlay == .legend ? nil : .legend
        case .selectByNumber, .goOn, .previousStep, .stepList, .retryTask, .close, .quit: break
        }
        return []
    }

    /// How far ↑ ↓ PgUp PgDn scroll a long overlay (help, legend); nil for other keys.
    static func scrollLines(_ key: Key, _ state: AppState) -> Int? {
        let page = max(1, state.height - 6)
        switch key {
        case .up: return -1
        case .down: return 1
        case .pageUp: return -page
        case .pageDown: return page
        default: return nil
        }
    }

    /// The keys of Raft past the basics (S R v T A D) in kafka mode, or with both side by side:
    /// said in words instead of doing nothing (kafka-mode.md has none of them).
    static func raftOnlyRefusal(_ key: Key, _ state: AppState) -> String? {
        guard state.picture.isKafka || state.both, state.overlay == nil, state.player.menu == nil,
              let command = KeyTable.command(for: key) else { return nil }
        let raftOnly: [KeyCommand] = [.snapshot, .read, .cycleReadMode, .transfer, .addMember, .removeMember]
        return raftOnly.contains(command) ? UIWords(state.lang).raftOnlyKey(KeyTable.binding(command).shown) : nil
    }

    /// `v`: the read mode cycles ReadIndex, lease, local (raft-extensions.md, "Reads"); on a
    /// real etcd cluster it switches linearizable (ReadIndex) and serializable (local).
    static func nextReadMode(_ mode: ReadMode, real: Bool) -> ReadMode {
        if real { return mode == .local ? .readIndex : .local }
        let all = ReadMode.allCases
        return all[(all.firstIndex(of: mode)! + 1) % all.count]
    }

    /// How many presses of `v` bring the read mode from `mode` to `target`.
    static func readModePresses(from mode: ReadMode, to target: ReadMode, real: Bool) -> Int {
        var current = mode
        for presses in 0..<ReadMode.allCases.count {
            if current == target { return presses }
            current = nextReadMode(current, real: real)
        }
        return 0  // not reachable by v (a real cluster has no lease reads)
    }

    static func select(_ node: Int, _ state: inout AppState) {
        state.selected = ((node % state.nodeCount) + state.nodeCount) % state.nodeCount
    }

    /// `m`: the next link with a message in flight, after the highlighted one; its oldest
    /// message is highlighted (so `x`, dropping the oldest on that link, replays exactly).
    static func nextHighlight(_ state: AppState) -> Link? {
        let n = state.nodeCount
        let busy = Set((state.picture.messages + (state.kafkaSide?.messages ?? [])).map(\.link))
        let start = state.highlighted.map { $0.from * n + $0.to + 1 } ?? 0
        for k in 0..<(n * n) {
            let index = (start + k) % (n * n)
            let link = Link(from: index / n, to: index % n)
            if busy.contains(link) { return link }
        }
        return nil
    }

    static func dropHighlighted(_ state: inout AppState) -> [Effect] {
        guard let h = state.highlighted else { return [] }
        state.highlighted = nil
        return [.action(.drop(h))]
    }
}

import RaftCore
import RaftSim

/// The one place UI state changes (Elm architecture): each input gives a new state and the
/// effects the main loop carries out (product.md, "Keys").
public enum Update {
    public static func apply(_ state: inout AppState, _ input: Input) -> [Effect] {
        switch input {
        case .live(let live):
            if Player.isStale(live, state) { return [] }
            state.live = live
            if let h = state.highlighted, h.from < state.nodeCount, h.to < state.nodeCount,
               state.world.network.links[h.from * state.nodeCount + h.to].isEmpty {
                state.highlighted = nil  // the highlighted message arrived or was dropped
            }
            if state.selected >= state.nodeCount { state.selected = 0 }  // a lesson's new scene
            return Player.live(&state)
        case .tick(let seconds):
            return Player.tick(seconds, &state)
        case let .resize(width, height):
            state.width = width
            state.height = height
            return []
        case let .click(x, y):
            if state.player.menu == nil, !state.diagram, state.overlay == nil, let node = ClusterGeometry.node(at: x, y, state) { state.selected = node }
            return []
        case .key(let key):
            if key != .char("q"), let handled = Player.key(key, &state) { return handled }
            return Player.afterKey(self.key(key, &state), &state)
        }
    }

    static func key(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .char("q") { return [.quit] }
        if key == .escape {
            state.overlay = nil
            return []
        }
        if case .options = state.overlay { return OptionsPanel.key(key, &state) }
        if Layout.tooSmall(width: state.width, height: state.height) { return [] }
        switch key {
        case .tab: select(state.selected + 1, &state)
        case .backTab: select(state.selected - 1 + state.nodeCount, &state)
        case .pageUp: state.eventsScroll += max(1, state.height / 4)
        case .pageDown: state.eventsScroll = max(0, state.eventsScroll - max(1, state.height / 4))
        case .char(let c): return char(c, &state)
        default: break
        }
        return []
    }

    static func select(_ node: Int, _ state: inout AppState) {
        state.selected = ((node % state.nodeCount) + state.nodeCount) % state.nodeCount
    }

    static func char(_ c: Character, _ state: inout AppState) -> [Effect] {
        let me = state.selected
        if let digit = c.wholeNumberValue, (1...state.nodeCount).contains(digit) {
            state.selected = digit - 1
            return []
        }
        switch c {
        case "c": return [.command(.crash(me))]
        case "r": return [.command(.restart(me))]
        case "p": return [.command(.partition([[me]]))]
        case "h": return [.command(.heal)]
        case "s": return [.command(.slow(me, latency: slowLatency(state)))]
        case "t": return [.command(.timeout(me))]
        case "w": return [.command(write(&state, to: nil))]
        case "W": return [.command(write(&state, to: me))]
        case "a": return [.command(.configure(nextAcks(state)))]
        case "k": return [.command(.consume(from: me))]
        case "m": state.highlighted = nextHighlight(state)
        case "x": return dropHighlighted(&state)
        case "o": state.overlay = .options(row: 0)
        case " ": return [.control(.togglePause)]
        case ".": return [.control(.stepEvent)]
        case "+", "=": return [.control(.faster)]
        case "-", "_": return [.control(.slower)]
        case "[": return [.control(.back)]
        case "]": return [.control(.forward)]
        case "<": state.logScroll = max(0, (state.logScroll ?? LogTableView.defaultFirstIndex(state)) - 1)
        case ">":
            let longest = state.world.nodes.map(\.log.lastIndex).max() ?? 1
            state.logScroll = min(max(1, longest), (state.logScroll ?? LogTableView.defaultFirstIndex(state)) + 1)
        case "d": state.diagram.toggle()
        case "e": state.overlay = state.overlay == .explain ? nil : .explain
        case "i": state.overlay = state.overlay == .inspect ? nil : .inspect
        case "?": state.overlay = state.overlay == .help ? nil : .help
        default: break
        }
        return []
    }

    /// `s`: ten times the current latency, in both directions of the node's links.
    static func slowLatency(_ state: AppState) -> ClosedRange<Int> {
        let normal = state.world.latency
        return max(1, normal.lowerBound * 10)...max(1, normal.upperBound * 10)
    }

    /// `w` / `W`: writes are `key=value`, keys a, b, c ... and values counting up.
    static func write(_ state: inout AppState, to node: NodeID?) -> RaftWorld.Command {
        state.writes += 1
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let key = letters[(state.writes - 1) % letters.count]
        return .write(value: "\(key)=\(state.writes)", to: node, acks: nil, count: 1)
    }

    /// `a`: the default acks mode cycles 0, 1, all.
    static func nextAcks(_ state: AppState) -> Reconfiguration<EngineConfig.Change> {
        var change = Reconfiguration<EngineConfig.Change>()
        switch state.world.acks {
        case .zero: change.acks = .one
        case .one: change.acks = .all
        case .all: change.acks = .zero
        }
        return change
    }

    /// `m`: the next link with a message in flight, after the highlighted one; its oldest
    /// message is highlighted (so `x`, dropping the oldest on that link, replays exactly).
    static func nextHighlight(_ state: AppState) -> (from: NodeID, to: NodeID)? {
        let n = state.nodeCount
        let links = state.world.network.links
        let start = state.highlighted.map { $0.from * n + $0.to + 1 } ?? 0
        for k in 0..<(n * n) {
            let link = (start + k) % (n * n)
            if !links[link].isEmpty { return (link / n, link % n) }
        }
        return nil
    }

    static func dropHighlighted(_ state: inout AppState) -> [Effect] {
        guard let h = state.highlighted else { return [] }
        state.highlighted = nil
        return [.command(.drop(from: h.from, to: h.to))]
    }
}

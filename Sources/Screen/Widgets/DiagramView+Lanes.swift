import Picture

/// The lanes: a line per node, dotted while it is crashed, with a mark where it crashed (✕),
/// restarted (○), started an election (◆, ◇ for a pre-vote) or became leader (★).
extension DiagramView {
    /// Draws each lane, solid while the node is up and dotted while it is down.
    static func drawLanes(_ state: AppState, _ scale: DiagramScale, _ lanes: [Int], into buffer: inout ScreenBuffer) {
        let events = state.picture.events
        for (id, x) in lanes.enumerated() {
            var up = state.picture.nodes[id].up
            var y = scale.lastRow
            // Walk back from now: before a crash the node was up, before a restart down.
            for e in events.reversed() {
                if e.time < scale.start { break }
                let wasUp: Bool
                switch e.kind {
                case .crashed(id): wasUp = true
                case .restarted(id): wasUp = false
                default: continue
                }
                y = lane(x, from: y, upTo: scale.row(e.time) + 1, up: up, scale, &buffer)
                up = wasUp
            }
            lane(x, from: y, upTo: scale.firstRow, up: up, scale, &buffer)
        }
    }

    /// One stretch of a lane, from row `y` up to row `top`; returns the row above it.
    @discardableResult
    static func lane(_ x: Int, from y: Int, upTo top: Int, up: Bool, _ scale: DiagramScale,
                     _ buffer: inout ScreenBuffer) -> Int {
        let style = Style(up ? .muted : .crashed, dim: !up)
        var row = y
        while row >= max(top, scale.firstRow) {
            ClusterView.put(up ? "│" : "┊", x, row, style, &buffer)
            row -= 1
        }
        return min(y, top - 1)
    }

    /// Draws the marks of crashes, restarts, elections and new leaders on their lanes.
    static func marks(_ state: AppState, _ scale: DiagramScale, _ lanes: [Int], into buffer: inout ScreenBuffer) {
        let events = state.picture.events
        var k = events.count - 1
        while k >= 0, events[k].time >= scale.start {
            let e = events[k]
            k -= 1
            guard let (id, role) = mark(e.kind), id < lanes.count else { continue }
            let y = scale.row(e.time)
            guard y >= scale.firstRow, y <= scale.lastRow else { continue }
            let style = Style(UIWords.tint(role), bold: true)
            ClusterView.put(Character(UIWords.glyph(role)), lanes[id], y, style, &buffer)
        }
    }

    /// The node and the role an event marks on a lane (nil role: a crash).
    static func mark(_ kind: EventPicture.Kind) -> (NodeID, Role?)? {
        switch kind {
        case .crashed(let n): return (n, nil)
        case .restarted(let n): return (n, .follower)
        case .stood(let n, let pre): return (n, pre ? .preCandidate : .candidate)
        case .leads(let n): return (n, .leader)
        default: return nil
        }
    }
}

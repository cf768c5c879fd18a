import Picture

extension LogTableView {
    /// The current leader's view of its followers (Figure 2, "Volatile state on leaders"),
    /// when that leader is up: the up leader of the highest term.
    struct LeaderView {
        let leader: NodePicture?

        init(_ picture: ClusterPicture) {
            leader = picture.nodes.filter { $0.role == .leader }.max { $0.term < $1.term }
        }

        /// A follower's (next, match) as the leader sees them.
        func progress(_ id: NodeID) -> PeerPicture? {
            guard let leader, id != leader.id else { return nil }
            return leader.peer(id)
        }
    }

    /// One node's row: its label, its entries' terms, its commit bar and the leader's markers.
    static func nodeRow(_ state: AppState, _ id: NodeID, _ c: Columns, _ leader: LeaderView,
                        into buffer: inout ScreenBuffer, rect: Rect, y: Int) {
        let node = state.picture.nodes[id]
        let role = node.role
        let labelStyle = Style(UIWords.tint(role), bold: id == state.selected, dim: role == nil,
                               reverse: id == state.selected)
        let name = CharWidth.prefix(node.name, columns: labelWidth - 3)
        buffer.put("\(UIWords.glyph(role)) \(name)", x: rect.x, y: y, style: labelStyle, maxX: labelEnd(rect))
        let last = min(node.log.count, c.first + c.count - 1)
        let commit = node.commit ?? 0
        if c.first <= last {
            for i in c.first...last {
                entry(node.log.term(at: i) ?? 0, committed: node.up && i <= commit, at: c.slot(i), y: y,
                      into: &buffer, maxX: rect.maxX)
            }
        }
        if node.up {
            let bar = max(c.first, min(commit + 1, c.first + c.count))
            buffer.put("┃", x: c.slot(bar), y: y, style: Style(.good, bold: true), maxX: rect.maxX)
        }
        if let progress = leader.progress(id) {
            marker("m", progress.match, c, y: y, into: &buffer, maxX: rect.maxX)
            marker("n", progress.next, c, y: y, into: &buffer, maxX: rect.maxX)
        }
    }

    /// An entry's term, right-aligned in its slot: bold when committed, dim when not (a
    /// crashed node has no commit index: all its entries are dim).
    static func entry(_ term: Int, committed: Bool, at x: Int, y: Int, into buffer: inout ScreenBuffer, maxX: Int) {
        let digits = String(String(term).suffix(3))
        let style = Style(.term(term), bold: committed, dim: !committed)
        buffer.put(digits, x: x + 3 - digits.count, y: y, style: style, maxX: maxX)
    }

    /// 'm' / 'n' in the marker cell of index `i`; in the gap cell when a two-digit term
    /// fills the marker cell and the gap is free.
    static func marker(_ glyph: String, _ i: Int, _ c: Columns, y: Int, into buffer: inout ScreenBuffer, maxX: Int) {
        let x = c.slot(i)
        guard i >= 1, c.shows(i), x >= 0, x + 2 < min(maxX, buffer.width), y >= 0, y < buffer.height else { return }
        let cell = buffer[x + 1, y].character == " " ? x + 1 : (buffer[x, y].character == " " ? x : nil)
        guard let cell, cell < maxX else { return }
        buffer.put(glyph, x: cell, y: y, style: Style(.leader, bold: true), maxX: maxX)
    }
}

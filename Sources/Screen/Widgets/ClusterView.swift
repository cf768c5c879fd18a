import Picture

/// The cluster view: one card per node on a ring, a link between every pair, every message
/// in flight moving along its link, and a legend of message labels when there is room
/// (product.md, "The screen"). Links first, then messages, then cards on top.
enum ClusterView {
    /// Draws the cluster view inside `rect` (and nowhere else).
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty, state.nodeCount > 0 else { return }
        let area = ClusterGeometry.ringArea(rect)
        let arrangement = ClusterGeometry.arrangement(in: area, nodes: state.nodeCount)
        let links = links(arrangement)
        for link in links { draw(link, look(link, state.picture), in: area, into: &buffer) }
        drawMessages(state, links, arrangement.cards, in: area, into: &buffer)
        let words = ClusterWords(state.lang)
        for (id, r) in arrangement.cards.enumerated() {
            card(CardFacts(state.picture.nodes[id], state), r, arrangement.level, words, into: &buffer)
        }
        let items = state.picture.settings.legend.map { $0[state.lang] } + words.linkMarks
        legend(items, rect, rows: ClusterGeometry.legendRows(rect), into: &buffer)
    }

    /// The legend rows under the ring: as many label meanings as fit, most useful first.
    static func legend(_ items: [String], _ rect: Rect, rows: Int, into buffer: inout ScreenBuffer) {
        guard rows > 0 else { return }
        var y = rect.maxY - rows
        var x = rect.x + 1
        for item in items {
            let width = CharWidth.of(item)
            if x + width > rect.maxX {
                y += 1
                x = rect.x + 1
                if y >= rect.maxY || x + width > rect.maxX { break }
            }
            x = buffer.put(item, x: x, y: y, style: Style(.muted), maxX: rect.maxX) + 2
        }
    }
}

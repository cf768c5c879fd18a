import Picture

/// The cluster view: one card per node on a ring, a link between every pair, every message
/// in flight moving along its link, the client with the writes it waits on, and under the
/// ring what its marks mean when there is room (product.md, "The screen"). Links first (every
/// dot, then every break mark, so no link hides another's), then messages, cards on top.
enum ClusterView {
    /// Draws the cluster view inside `rect` (and nowhere else).
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty, state.nodeCount > 0 else { return }
        let area = ClusterGeometry.ringArea(rect)
        let arrangement = ClusterGeometry.arrangement(in: area, nodes: state.nodeCount)
        let links = links(arrangement)
        let looks = links.map { look($0, state.picture) }
        for (link, look) in zip(links, looks) { drawDots(link, look, in: area, into: &buffer) }
        for (link, look) in zip(links, looks) {
            drawMark(link, look, cards: arrangement.cards, in: area, into: &buffer)
        }
        let client = clientBox(state, arrangement.cards, in: area, buffer)
        drawMessages(state, links, arrangement.cards, in: area, into: &buffer)
        let words = ClusterWords(state.lang)
        for (id, r) in arrangement.cards.enumerated() {
            card(CardFacts(state.picture.nodes[id], state), r, arrangement.level, words, into: &buffer)
        }
        if let client { drawClient(state, in: client, into: &buffer) }
        let groups = groups(state.picture).map { words.groups($0.map { $0.map(state.picture.name) }) }
        let rows = ClusterGeometry.legendRows(rect) - controllerLine(state, words, rect, into: &buffer)
        legend(head: groups, legendItems(state, arrangement.level, words), key: words.legendKey, rect,
               rows: rows, into: &buffer)
    }

    /// What the legend under the ring says, most useful first: the card's two halves when
    /// the cards show them, the link marks on screen, the message labels, the link marks.
    static func legendItems(_ state: AppState, _ level: CardLevel, _ words: ClusterWords) -> [String] {
        let halves = level >= .small ? [words.diskMeaning, words.memoryMeaning] : []
        let links = state.picture.links
        let shown = [links.contains { $0.cut || $0.partitioned } ? words.cutLink : nil,
                     links.contains(where: \.slow) ? words.slowLink : nil].compactMap { $0 }
        // A real cluster's links are never slowed: "~ slow link" would promise a key it lacks.
        let marks = state.picture.real == nil ? [words.slowLink, words.cutLink] : [words.cutLink]
        let rest = marks.filter { !shown.contains($0) }
        return halves + shown + state.picture.settings.legend.map { $0[state.lang] } + rest
    }

    /// The legend rows under the ring: a partition's groups on a row of their own (cut with
    /// "…" if need be), then as many meanings as fit, most useful first, and the key that
    /// explains them all (`l`) at the end of the last row, always.
    static func legend(head: String?, _ items: [String], key: String, _ rect: Rect, rows: Int,
                       into buffer: inout ScreenBuffer) {
        guard rows > 0 else { return }
        let last = rect.maxY - 1
        let keyX = max(rect.x + 1, rect.maxX - 1 - CharWidth.of(key))
        buffer.putCut(key, x: keyX, y: last, style: Style(.accent), maxX: rect.maxX)
        func end(_ y: Int) -> Int { y == last ? keyX - 2 : rect.maxX }
        var y = rect.maxY - rows
        if let head {
            buffer.putCut(head, x: rect.x + 1, y: y, style: Style(.bad), maxX: end(y))
            y += 1
        }
        var x = rect.x + 1
        for item in items where y < rect.maxY {
            let width = CharWidth.of(item)
            if x + width > end(y), x > rect.x + 1 {
                y += 1
                x = rect.x + 1
            }
            guard y < rect.maxY, x + width <= end(y) else { continue }
            x = buffer.put(item, x: x, y: y, style: Style(.muted), maxX: end(y)) + 2
        }
    }
}

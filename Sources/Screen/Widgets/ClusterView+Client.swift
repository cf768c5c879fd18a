import Picture

/// The client, drawn as a small box in a corner of the ring the cards and links leave free:
/// its acks mode, the writes it still waits on and the node each went to, and how many writes
/// were acknowledged and lost (scenario format, "Clients"). The log table's consumer row
/// repeats the counts when no corner is free.
extension ClusterView {
    /// Where the client's box goes, chosen once the links are drawn (so messages passing by
    /// never move it): the widest box its text wants that fits in a free corner, with the
    /// writes it waits on on two rows when they need them and there is room.
    static func clientBox(_ state: AppState, _ cards: [Rect], in area: Rect, _ buffer: ScreenBuffer) -> Rect? {
        let widest = min(30, clientLines(state, width: 30, rows: 1).map { CharWidth.of($0) + 4 }.max() ?? 0)
        for width in stride(from: widest, through: min(widest, 20), by: -1) {
            let rows = clientLines(state, width: width, rows: 2).count - 1
            for height in Set([rows + 2, 4]).sorted(by: >) {
                if let box = corner(width: width, height: height, cards, area, buffer) { return box }
            }
        }
        return nil
    }

    /// The title, the writes it waits on (wrapped on up to `rows` rows), and the counts.
    static func clientLines(_ state: AppState, width: Int, rows: Int) -> [String] {
        let words = ClusterWords(state.lang)
        let clients = state.picture.clients
        if let summary = clients.summary {  // a real cluster's client in its source's words (issue 14)
            return [words.realClient] + summary.map { Ellipsis.cut($0[state.lang], columns: width - 3) }
        }
        let all = pack(waitingParts(clients, state.picture, words), width: max(1, width - 3))
        var waiting = Array(all.prefix(rows))
        if all.count > rows, let last = waiting.popLast() {
            waiting.append(Ellipsis.cut(last + " " + all[rows], columns: width - 3))  // more than fits: "…"
        }
        let counts = words.counters(acked: clients.acked, lost: clients.lost, refused: clients.refusedCount)
        let refusals = words.refusals(clients.refused).map { first($0, fitting: width - 3) }
        if clients.waitingCount == 0 && !refusals.isEmpty { waiting = [] }  // the errors say more than "no write waiting"
        let reads = clients.reads.map { [first(words.reads($0), fitting: width - 3)] } ?? []
        return [words.client(acks: clients.acks)] + waiting + [first(counts, fitting: width - 3)] + refusals + reads
    }

    /// The writes it waits on, grouped by the node they went to, as pieces that stay whole on
    /// a line ("waiting 2:", "a=1", "b=2 → Neptune"), or "no write waiting".
    static func waitingParts(_ clients: ClientsPicture, _ picture: ClusterPicture, _ words: ClusterWords) -> [String] {
        guard clients.waitingCount > 0 || !(clients.reads?.waiting.isEmpty ?? true) else { return [words.noneWaiting] }
        var byNode: [(node: NodeID, values: [String])] = []
        for w in clients.waiting {
            if let k = byNode.firstIndex(where: { $0.node == w.target }) { byNode[k].values.append(w.value) }
            else { byNode.append((w.target, [w.value])) }
        }
        var parts = [words.waiting(clients.waitingCount + (clients.reads?.waiting.count ?? 0))]
        for read in clients.reads?.waiting ?? [] { byNode.append((read.target, [read.value])) }
        for (k, group) in byNode.enumerated() {
            var values = group.values.map { Ellipsis.cut($0, columns: 8) }
            values[values.count - 1] += " → " + picture.name(group.node) + (k < byNode.count - 1 ? "," : "")
            parts += values
        }
        return parts
    }

    /// Pieces joined by spaces into lines of at most `width` columns, none broken (one too
    /// long for a line is cut with "…").
    static func pack(_ parts: [String], width: Int) -> [String] {
        var lines: [String] = []
        for part in parts.map({ Ellipsis.cut($0, columns: width) }) {
            if let last = lines.last, CharWidth.of(last) + 1 + CharWidth.of(part) <= width {
                lines[lines.count - 1] = last + " " + part
            } else {
                lines.append(part)
            }
        }
        return lines
    }

    /// Draws the client's box in `r`: a border with the title, then its lines (cut with "…").
    static func drawClient(_ state: AppState, in r: Rect, into buffer: inout ScreenBuffer) {
        let lines = clientLines(state, width: r.width, rows: r.height - 3)
        box(r, .plain, Style(.accent), into: &buffer)
        buffer.putCut(" \(lines[0]) ", x: r.x + 1, y: r.y, style: Style(.accent, bold: true), maxX: r.maxX - 1)
        let stale = (state.picture.clients.reads?.stale ?? 0) > 0
        for (k, line) in lines.dropFirst().enumerated() where r.y + 1 + k < r.maxY - 1 {
            // A stale read is marked: the reads line turns red (raft-extensions.md, "Reads").
            let isReads = stale && k == lines.count - 2
            row(line, r, r.y + 1 + k, isReads ? Style(.bad, bold: true) : .plain, into: &buffer)
        }
    }

    /// The first free corner of `area` for a box: top left, top right, bottom left, bottom
    /// right; free means a column apart from every card and over no link.
    static func corner(width: Int, height: Int, _ cards: [Rect], _ area: Rect, _ buffer: ScreenBuffer) -> Rect? {
        guard width <= area.width, height <= area.height else { return nil }
        for y in [area.y, area.maxY - height] {
            for x in [area.x, area.maxX - width] {
                let box = Rect(x: x, y: y, width: width, height: height)
                let clear = !cards.contains { $0.maxX + 1 > box.x && box.maxX + 1 > $0.x && $0.maxY > box.y && box.maxY > $0.y }
                if clear && blank(box, buffer) { return box }
            }
        }
        return nil
    }

    /// Whether nothing is drawn in `box` yet.
    static func blank(_ box: Rect, _ buffer: ScreenBuffer) -> Bool {
        for y in box.y..<box.maxY {
            for x in box.x..<box.maxX where buffer[x, y].character != " " { return false }
        }
        return true
    }
}

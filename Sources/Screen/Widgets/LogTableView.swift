import Picture

/// The log table (product.md, "Log table"): a title row with the legend, a row of indices,
/// one row per node, and the consumer's read position. Each index takes 3 cells: a gap cell
/// (the commit bar '┃' sits in the gap after the last committed entry), a marker cell ('m'
/// match / 'n' next in the leader's view) and the term's last digit; terms of 10 and more use
/// the marker cell, 100 and more the gap cell too.
enum LogTableView {
    /// Where the columns are: the first index shown, how many, and the left edge of the slots.
    struct Columns {
        let first: Int
        let count: Int
        let x: Int
        /// The left cell (the gap) of index `i`'s slot; index first+count is the '›' cell.
        func slot(_ i: Int) -> Int { x + 3 * (i - first) }
        func shows(_ i: Int) -> Bool { i >= first && i < first + count }
    }

    /// `cluster`: the frame's cluster view (whether it has room for the partition's groups).
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect, cluster: Rect) {
        guard !rect.isEmpty else { return }
        let words = UIWords(state.lang)
        let columns = Columns(first: firstIndex(state), count: columns(rect.width), x: rect.x + labelWidth)
        title(state, words, into: &buffer, rect: rect, cluster: cluster)
        guard rect.height > 1 else { return }
        indexRow(state, columns, words, into: &buffer, rect: rect, y: rect.y + 1)
        let leader = LeaderView(state.picture)
        let rows = (0..<state.nodeCount).filter { rect.y + 2 + $0 < rect.maxY }
        for id in rows { nodeRow(state, id, columns, leader, into: &buffer, rect: rect, y: rect.y + 2 + id) }
        let after = rows.map { rowEnd(state, $0, columns, leader) }.max() ?? columns.x
        for id in rows {
            rowWords(state, id, columns, leader, x: after + 2, into: &buffer, rect: rect, y: rect.y + 2 + id)
        }
        let consumerY = rect.y + 2 + state.nodeCount
        if consumerY < rect.maxY, let summary = state.picture.clients.summary {  // a real cluster's client: no consumer
            let text = summary.map { $0[state.lang] }.joined(separator: " · ")
            buffer.putCut(ClusterWords(state.lang).clientCounts(text), x: rect.x, y: consumerY, style: Style(.muted), maxX: rect.maxX)
        } else if consumerY < rect.maxY {
            let end = consumerRow(state, columns, words, into: &buffer, rect: rect, y: consumerY)
            clientCounts(state, after: end, into: &buffer, rect: rect, y: consumerY)
        }
    }

    /// "Log" and the longest legend that fits; during a partition the cluster view has no room
    /// to name the groups in, their names instead ("can talk: Neptune, Saturn | Jupiter").
    static func title(_ state: AppState, _ words: UIWords, into buffer: inout ScreenBuffer, rect: Rect, cluster: Rect) {
        var x = buffer.put(words.log, x: rect.x, y: rect.y, style: Style(.accent, bold: true), maxX: rect.maxX) + 2
        if state.logScroll != nil {
            x = buffer.put(words.logHeld, x: x, y: rect.y, style: Style(.warning, bold: true), maxX: rect.maxX) + 2
        }
        let room = rect.maxX - x
        if ClusterGeometry.legendRows(cluster) == 0, let text = ClusterView.controllerText(state, width: room) {
            buffer.putCut(text, x: x, y: rect.y, style: Style(.accent, bold: true), maxX: rect.maxX)
            return
        }
        if ClusterGeometry.legendRows(cluster) == 0, let groups = ClusterView.groups(state.picture) {
            let text = ClusterWords(state.lang).groups(groups.map { $0.map(state.picture.name) })
            buffer.putCut(text, x: x, y: rect.y, style: Style(.bad), maxX: rect.maxX)
            return
        }
        let legends = state.picture.real != nil ? [words.realLogLegend, words.realLogLegendShort]
            : state.picture.isKafka ? words.kafkaLegends : words.legends
        let legend = legends.first { CharWidth.of($0) <= room } ?? TextWrap.cut(legends.last!, width: room)
        buffer.put(legend, x: x, y: rect.y, style: Style(.muted), maxX: rect.maxX)
    }

    /// The indices, with '‹' / '›' when more entries lie left / right.
    static func indexRow(_ state: AppState, _ c: Columns, _ words: UIWords,
                         into buffer: inout ScreenBuffer, rect: Rect, y: Int) {
        let muted = Style(.muted)
        // Kafka's offsets start at 0: index i is offset i - 1 (kafka-mode.md, "Words").
        let kafka = state.picture.isKafka
        buffer.put(kafka ? words.offset : words.index, x: rect.x, y: y, style: muted, maxX: labelEnd(rect))
        let longest = state.picture.longestLog
        if c.first > 1 { buffer.put("‹", x: c.x - 1, y: y, style: Style(.accent, bold: true), maxX: rect.maxX) }
        let shown = kafka ? -1 : 0
        for i in c.first..<(c.first + c.count) where i + shown < 100 || (i + shown) % 5 == 0 {
            let text = String(i + shown)
            buffer.put(text, x: c.slot(i) + 3 - text.count, y: y, style: muted, maxX: rect.maxX)
        }
        if longest >= c.first + c.count {
            buffer.put("›", x: c.slot(c.first + c.count), y: y, style: Style(.accent, bold: true), maxX: rect.maxX)
        }
    }

    /// The client's counts, flush right on the consumer's row when there is room after its
    /// words: "client: acknowledged 3 · lost 0" (and its reads), always in view (the client's box in the
    /// cluster view needs a free corner).
    static func clientCounts(_ state: AppState, after end: Int, into buffer: inout ScreenBuffer, rect: Rect, y: Int) {
        let words = ClusterWords(state.lang)
        let clients = state.picture.clients
        let room = rect.maxX - end - 3
        let counts = words.counters(acked: clients.acked, lost: clients.lost, refused: clients.refusedCount)
        // Reads after the writes, when there were any; a stale one marks the line (raft-extensions.md).
        let reads = clients.reads.map(words.reads) ?? []
        let choices = reads.flatMap { r in counts.map { words.clientCounts($0 + " · " + r) } } + counts.map { words.clientCounts($0) }
        guard let text = choices.first(where: { CharWidth.of($0) <= room }) else { return }
        let stale = (clients.reads?.stale ?? 0) > 0 && text.count > words.clientCounts(counts.last!).count
        buffer.put(text, x: rect.maxX - 1 - CharWidth.of(text), y: y, style: stale ? Style(.bad, bold: true) : Style(.muted),
                   maxX: rect.maxX)
    }

    /// The consumer's read position: '▲' under the last index it read, and the words.
    /// Returns the column after what it drew.
    @discardableResult
    static func consumerRow(_ state: AppState, _ c: Columns, _ words: UIWords,
                            into buffer: inout ScreenBuffer, rect: Rect, y: Int) -> Int {
        let style = Style(.accent)
        buffer.put(words.consumer, x: rect.x, y: y, style: Style(.muted), maxX: labelEnd(rect))
        let position = state.picture.clients.consumerPosition
        let text = state.picture.isKafka ? words.kafkaConsumerRead(position) : words.consumerRead(position)
        if position == 0 || position < c.first {
            return buffer.putCut((position == 0 ? "" : "‹ ") + text, x: c.x, y: y, style: style, maxX: rect.maxX)
        } else if !c.shows(position) {
            let line = text + " ›"
            return buffer.putCut(line, x: max(c.x, c.slot(c.first + c.count) + 1 - CharWidth.of(line)), y: y,
                                 style: style, maxX: rect.maxX)
        } else {
            let mark = c.slot(position) + 2
            let after = buffer.put("▲", x: mark, y: y, style: Style(.accent, bold: true), maxX: rect.maxX)
            let width = CharWidth.of(text)
            if mark + 2 + width <= rect.maxX {
                return buffer.put(text, x: mark + 2, y: y, style: style, maxX: rect.maxX)
            }
            buffer.putCut(text, x: max(c.x, mark - 1 - width), y: y, style: style, maxX: mark - 1)
            return after
        }
    }
}

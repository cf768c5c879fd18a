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
        let name = Ellipsis.cut(node.name, columns: labelWidth - 3)
        buffer.put("\(UIWords.glyph(role)) \(name)", x: rect.x, y: y, style: labelStyle, maxX: labelEnd(rect))
        let last = min(node.log.count, c.first + c.count - 1)
        let commit = node.commit ?? 0
        let snapshot = node.log.snapshotIndex
        if c.first <= last {
            for i in c.first...last {
                if i <= snapshot {
                    snapshotSlot(i == snapshot ? node.log.snapshotTerm : nil, at: c.slot(i), y: y, into: &buffer, maxX: rect.maxX)
                    continue
                }
                guard state.picture.measured.contains(.entryTerms) else {  // a real member: an entry, its term unknown
                    buffer.put("▪", x: c.slot(i) + 2, y: y, style: Style(bold: node.up, dim: !node.up), maxX: rect.maxX)
                    continue
                }
                entry(node.log.term(at: i) ?? 0, committed: node.up && i <= commit, at: c.slot(i), y: y,
                      into: &buffer, maxX: rect.maxX)
            }
        }
        if node.up {
            let bar = max(c.first, min(commit + 1, c.first + c.count))
            buffer.put("┃", x: c.slot(bar), y: y, style: Style(.good, bold: true), maxX: rect.maxX)
        }
    }

    /// A row's indexes in words after its entries ("applied 4 · match 4 · next 5": the applied
    /// index, and the leader's record of a follower), from column `x`. Where the words with
    /// match and next do not fit, the 'm' / 'n' markers show them in the row instead.
    static func rowWords(_ state: AppState, _ id: NodeID, _ c: Columns, _ leader: LeaderView, x: Int,
                         into buffer: inout ScreenBuffer, rect: Rect, y: Int) {
        let node = state.picture.nodes[id]
        let words = ClusterWords(state.lang)
        if let k = node.kafka { return kafkaRowWords(KafkaCard(k, node, state.picture), x: x, into: &buffer, rect: rect, y: y, words) }
        let applied = node.applied.map(words.applied)
        let progress = leader.progress(id)
        let room = rect.maxX - x
        let full = [applied, progress.map { words.progress(match: $0.match, next: $0.next) }].compactMap { $0 }
            .joined(separator: " · ")
        // The snapshot and the configuration (by names, else by numbers) after the row's own words, while they fit.
        let extras = configurationWords(node, state.picture, words).map { [snapshotWords(node, words), $0].compactMap { $0 } }
        let joined = { (parts: [String?]) in parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ") }
        let choices = extras.map { joined([full] + $0) } + extras.map { joined($0 + [applied]) } + [full] + [applied].compactMap { $0 }
        let shown = choices.first { CharWidth.of($0) <= room }
        if let shown { buffer.put(shown, x: x, y: y, style: Style(.muted), maxX: rect.maxX) }
        guard let progress, shown != full else { return }
        marker("m", progress.match, c, y: y, into: &buffer, maxX: rect.maxX)
        marker("n", progress.next, c, y: y, into: &buffer, maxX: rect.maxX)
    }

    /// "snapshot 5 (term 2)": the snapshot's last included index and term, when there is one.
    static func snapshotWords(_ node: NodePicture, _ words: ClusterWords) -> String? {
        node.log.snapshotIndex > 0 ? words.snapshot(node.log.snapshotIndex, term: node.log.snapshotTerm) : nil
    }

    /// "voters Neptune Saturn Jupiter", then "voters 1 2 3" (the numbers that select them): the
    /// node's configuration, while the nodes' configurations differ (thesis 4.1); else nothing.
    static func configurationWords(_ node: NodePicture, _ picture: ClusterPicture, _ words: ClusterWords) -> [String?] {
        guard let voters = node.voters, picture.configurationsDiffer else { return [nil] }
        return [words.voters(voters.map(picture.name)), words.voters(voters.map { String($0 + 1) })]
    }

    /// The column after a row's last entry, commit bar or markers (its words start 2 later).
    static func rowEnd(_ state: AppState, _ id: NodeID, _ c: Columns, _ leader: LeaderView) -> Int {
        let node = state.picture.nodes[id]
        var last = min(node.log.count, c.first + c.count - 1)
        if node.up { last = max(last, min(node.commit ?? 0, c.first + c.count - 1)) }
        if let p = leader.progress(id) { last = max(last, min(p.next, c.first + c.count)) }
        return c.slot(max(c.first, last) + 1)
    }

    /// One index of the snapshot's block (paper 7): shaded, its last included index showing
    /// the term it ends with.
    static func snapshotSlot(_ lastTerm: Int?, at x: Int, y: Int, into buffer: inout ScreenBuffer, maxX: Int) {
        let shade = Style(.muted)
        guard let lastTerm else { return _ = buffer.put("▒▒▒", x: x, y: y, style: shade, maxX: maxX) }
        let digits = String(String(lastTerm).suffix(2))
        buffer.put(String(repeating: "▒", count: 3 - digits.count), x: x, y: y, style: shade, maxX: maxX)
        buffer.put(digits, x: x + 3 - digits.count, y: y, style: Style(.term(lastTerm), bold: true, reverse: true), maxX: maxX)
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

    /// A Kafka row's words: its LEO and HW, and on a follower the leader's record of its LEO
    /// (its last Fetch offset, `Replica.updateFetchState`), longest that fits.
    static func kafkaRowWords(_ k: KafkaCard, x: Int, into buffer: inout ScreenBuffer, rect: Rect, y: Int, _ words: ClusterWords) {
        let own = words.leo(k.leo) + " · " + words.hw(k.hw)
        let choices = (!k.hasLeaderRecord ? [] : words.leaderKnows(k.leaderKnows).map { own + " · " + $0 }) + [own]
        if let shown = choices.first(where: { CharWidth.of($0) <= rect.maxX - x }) {
            buffer.put(shown, x: x, y: y, style: Style(.muted), maxX: rect.maxX)
        }
    }
}

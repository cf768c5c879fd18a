import RaftCore
import RaftSim

/// Messages in flight: each one a short label ("AE3→", "←✓") at the point of its link that
/// its travel time has reached; the highlighted one (`m`) in reverse video.
extension ClusterView {
    /// Draws every envelope on every link, oldest first, the highlighted one last.
    static func drawMessages(_ state: AppState, _ links: [Link], _ cards: [Rect], in rect: Rect,
                             into buffer: inout ScreenBuffer) {
        let network = state.world.network
        let n = network.size
        let words = ClusterWords(state.lang)
        var highlighted: (Envelope<Message>, Link)?
        for link in links {
            for direction in 0..<2 {
                let (from, to) = direction == 0 ? (link.a, link.b) : (link.b, link.a)
                let queue = network.links[from * n + to]
                for (k, envelope) in queue.enumerated() {
                    if k == 0, let h = state.highlighted, h.from == from, h.to == to {
                        highlighted = (envelope, link)
                        continue
                    }
                    message(envelope, link, cards, state.world.now, words, lit: false, in: rect, into: &buffer)
                }
            }
        }
        if let (envelope, link) = highlighted {
            message(envelope, link, cards, state.world.now, words, lit: true, in: rect, into: &buffer)
        }
    }

    /// How far a message has come: (now - sentAt) / (deliverAt - sentAt), within 0...1.
    static func progress(_ e: Envelope<Message>, now: Int) -> Double {
        let span = e.deliverAt - e.sentAt
        guard span > 0 else { return 1 }
        return min(1, max(0, Double(now - e.sentAt) / Double(span)))
    }

    /// One label on its link, kept off its two cards and inside the view.
    static func message(_ e: Envelope<Message>, _ link: Link, _ cards: [Rect], _ now: Int, _ words: ClusterWords,
                        lit: Bool, in rect: Rect, into buffer: inout ScreenBuffer) {
        let m = e.message
        let p = link.point(progress(e, now: now), from: m.from)
        let start = link.point(0, from: m.from), end = link.point(1, from: m.from)
        let sector = self.sector(end.x - start.x, end.y - start.y)
        let head = String(arrows[sector])
        let text = (3...5).contains(sector) ? head + words.label(m) : words.label(m) + head
        let width = columns(text)
        let y = cell(p.y)
        var x = cell(p.x) - width / 2
        x = offCard(x, width, y, p.x, cards[m.from])
        x = offCard(x, width, y, p.x, cards[m.to])
        var style = Style(tint(m), bold: true)
        style.reverse = lit
        guard let spot = place(x, y, width, cards, rect, buffer) ?? (lit ? clamp(x, y, width, rect) : nil)
        else { return }  // no free spot: skipped rather than garbled
        buffer.put(text, x: spot.x, y: spot.y, style: style, maxX: rect.maxX)
    }

    /// The first free spot for a label near (x, y): there, a row above or below, or beside an
    /// earlier label; never over a card or another label.
    static func place(_ x: Int, _ y: Int, _ width: Int, _ cards: [Rect], _ rect: Rect,
                      _ buffer: ScreenBuffer) -> (x: Int, y: Int)? {
        for (dx, dy) in [(0, 0), (0, -1), (0, 1), (-width - 1, 0), (width + 1, 0)] {
            guard rect.contains(x: rect.x, y: y + dy) else { continue }
            let spot = clamp(x + dx, y + dy, width, rect)
            let onCard = cards.contains {
                spot.y >= $0.y && spot.y < $0.maxY && spot.x < $0.maxX && spot.x + width > $0.x
            }
            if !onCard && free(buffer, spot.x, spot.y, width) { return spot }
        }
        return nil
    }

    /// (x, y) moved inside `rect` for a label of `width` columns.
    static func clamp(_ x: Int, _ y: Int, _ width: Int, _ rect: Rect) -> (x: Int, y: Int) {
        (min(rect.maxX - width, max(rect.x, x)), min(rect.maxY - 1, max(rect.y, y)))
    }

    /// A label's column moved beside `card` when it would cover it on row `y`.
    static func offCard(_ x: Int, _ width: Int, _ y: Int, _ px: Double, _ card: Rect) -> Int {
        guard y >= card.y, y < card.maxY, x < card.maxX, x + width > card.x else { return x }
        return px < Double(card.x) + Double(card.width) / 2 ? card.x - width : card.maxX
    }

    /// The tint that repeats what the label says: requests by their role, answers by outcome.
    static func tint(_ m: Message) -> Tint {
        switch m.body {
        case .requestVote: return .candidate
        case .appendEntries: return .leader
        case .voteReply(let granted, _), .appendReply(let granted, _, _, _, _): return granted ? .good : .bad
        }
    }
}

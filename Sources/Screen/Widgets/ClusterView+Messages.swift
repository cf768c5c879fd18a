import Picture

/// Messages in flight: each one a short label ("AE3→", "←✓") at the point of its link that
/// its travel time has reached; the highlighted one (`m`) in reverse video.
extension ClusterView {
    /// Draws every message on every link, oldest first, the highlighted one last.
    static func drawMessages(_ state: AppState, _ links: [LinkLine], _ cards: [Rect], in rect: Rect,
                             into buffer: inout ScreenBuffer) {
        let now = state.picture.now
        var byLink: [Link: [MessagePicture]] = [:]
        for m in state.picture.messages { byLink[m.link, default: []].append(m) }
        var highlighted: (MessagePicture, LinkLine)?
        for link in links {
            for direction in 0..<2 {
                let (from, to) = direction == 0 ? (link.a, link.b) : (link.b, link.a)
                for m in byLink[Link(from: from, to: to)] ?? [] {
                    if m.position == 0, state.highlighted == m.link {
                        highlighted = (m, link)
                        continue
                    }
                    message(m, link, cards, now, state.lang, lit: false, in: rect, into: &buffer)
                }
            }
        }
        if let (m, link) = highlighted {
            message(m, link, cards, now, state.lang, lit: true, in: rect, into: &buffer)
        }
    }

    /// One label on its link, kept off its two cards and inside the view.
    static func message(_ m: MessagePicture, _ link: LinkLine, _ cards: [Rect], _ now: Int, _ lang: Lang,
                        lit: Bool, in rect: Rect, into buffer: inout ScreenBuffer) {
        let from = m.link.from, to = m.link.to
        let p = link.point(m.progress(now: now), from: from)
        let start = link.point(0, from: from), end = link.point(1, from: from)
        let sector = self.sector(end.x - start.x, end.y - start.y)
        let head = String(arrows[sector])
        let label = m.look.label[lang]
        let text = (3...5).contains(sector) ? head + label : label + head
        let width = columns(text)
        let y = cell(p.y)
        var x = cell(p.x) - width / 2
        x = offCard(x, width, y, p.x, cards[from])
        x = offCard(x, width, y, p.x, cards[to])
        var style = Style(tint(m.look.tone), bold: true)
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
    static func tint(_ tone: MessageLook.Tone) -> Tint {
        switch tone {
        case .vote: return .candidate
        case .append: return .leader
        case .good: return .good
        case .bad: return .bad
        }
    }
}

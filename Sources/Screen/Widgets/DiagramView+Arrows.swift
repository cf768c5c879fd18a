import Picture

/// Message arrows: delivered ones from the `.delivered` events (sender lane at the time sent,
/// receiver lane at the time it arrived, "▸"/"◂" at the head), messages in flight from their
/// sending to where they are now (the last row); each labelled with its kind.
extension DiagramView {
    /// One message as drawn: from the sender's lane at its sending row to (x1, y1), the
    /// receiver's lane at its arrival row or, in flight, where it is on the last row.
    struct Arrow {
        var look: MessageLook
        var x0: Int
        var y0: Int
        var x1: Double
        var y1: Int
        var delivered: Bool
        var lit: Bool
    }

    /// Every arrow that shows in the window: delivered messages, then messages in flight.
    static func arrows(_ state: AppState, _ scale: DiagramScale, _ lanes: [Int]) -> [Arrow] {
        var out: [Arrow] = []
        for e in state.picture.events.reversed() {
            if e.time < scale.start { break }
            guard case let .delivered(link, sentAt, look) = e.kind, link.from < lanes.count, link.to < lanes.count else { continue }
            out.append(Arrow(look: look, x0: lanes[link.from], y0: scale.row(sentAt), x1: Double(lanes[link.to]),
                             y1: scale.row(e.time), delivered: true, lit: false))
        }
        out.reverse()
        for m in state.picture.messages {
            let from = m.link.from, to = m.link.to
            guard from < lanes.count, to < lanes.count else { continue }
            let f = m.progress(now: scale.now)
            let x1 = Double(lanes[from]) + Double(lanes[to] - lanes[from]) * f
            let lit = m.position == 0 && state.highlighted == m.link
            out.append(Arrow(look: m.look, x0: lanes[from], y0: scale.row(m.sentAt), x1: x1,
                             y1: scale.lastRow, delivered: false, lit: lit))
        }
        return out
    }

    /// The dotted line of an arrow.
    static func body(_ a: Arrow, _ scale: DiagramScale, _ rect: Rect, into buffer: inout ScreenBuffer) {
        let dx = a.x1 - Double(a.x0), dy = Double(a.y1 - a.y0)
        let steps = max(1, Int(max(abs(dx), abs(dy)).rounded(.up)))
        let sx = dx / Double(steps), sy = dy / Double(steps)
        let style = Style(.muted, dim: true)
        let left = rect.x + gutterWidth
        var fx = Double(a.x0) + 0.5, fy = Double(a.y0) + 0.5
        for _ in 1..<steps {
            fx += sx
            fy += sy
            let x = ClusterView.cell(fx), y = ClusterView.cell(fy)
            guard y >= scale.firstRow, y <= scale.lastRow, x >= left, x < rect.maxX else { continue }
            ClusterView.put("·", x, y, style, &buffer)
        }
    }

    /// The head of an arrow that has arrived, beside the receiver's lane.
    static func head(_ a: Arrow, _ scale: DiagramScale, into buffer: inout ScreenBuffer) {
        guard a.delivered, a.y1 >= scale.firstRow, a.y1 <= scale.lastRow else { return }
        let right = a.x1 > Double(a.x0)
        let style = Style(ClusterView.tint(a.look.tone))
        ClusterView.put(right ? "▸" : "◂", Int(a.x1) + (right ? -1 : 1), a.y1, style, &buffer)
    }

    /// The kind of the message, most of the way along its arrow (so labels of messages to
    /// different lanes part); moved beside a lane rather than over it, skipped rather than
    /// written over another label.
    static func label(_ a: Arrow, _ scale: DiagramScale, _ rect: Rect, _ lanes: [Int], _ words: ClusterWords,
                      into buffer: inout ScreenBuffer) {
        let dx = a.x1 - Double(a.x0), dy = Double(a.y1 - a.y0)
        var t = 0.7
        var y = ClusterView.nearest(Double(a.y0) + dy * t)
        if y < scale.firstRow {
            guard a.y1 >= scale.firstRow, dy > 0 else { return }
            y = scale.firstRow
            t = Double(y - a.y0) / dy
        }
        guard y <= scale.lastRow else { return }
        let text = a.look.label[words.lang]
        let width = CharWidth.of(text)
        var x = ClusterView.nearest(Double(a.x0) + dx * t) - width / 2
        for lane in lanes where lane >= x && lane < x + width { x = dx > 0 ? lane + 1 : lane - width }
        let clamp = { (x: Int) in min(rect.maxX - width, max(rect.x + gutterWidth, x)) }
        let tries = [clamp(x), clamp(x + width + 1), clamp(x - width - 1)]
        guard let start = tries.first(where: { ClusterView.free(buffer, $0, y, width) }) ?? (a.lit ? tries[0] : nil)
        else { return }  // no free spot: skipped rather than garbled
        var style = Style(ClusterView.tint(a.look.tone), bold: true)
        style.reverse = a.lit
        buffer.put(text, x: start, y: y, style: style, maxX: rect.maxX)
    }
}

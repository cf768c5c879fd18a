import Picture

#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The links between cards: a dotted line for every pair, broken with "╳" when a partition
/// or a cut separates the two nodes (an arrow before "╳" names a one-way cut's direction),
/// "~" when a slow node is at either end (product.md, "The screen"). A broken link keeps
/// only its mark (and a stub at each end in a ring of up to 4), so the whole links draw the
/// groups that can still talk.
extension ClusterView {
    /// The visible line between two cards, from card `a`'s edge to card `b`'s edge (a < b).
    struct LinkLine {
        var a: NodeID
        var b: NodeID
        var x0, y0, x1, y1: Double

        /// The point a fraction `t` of the way from `from`'s end to the other end.
        func point(_ t: Double, from: NodeID) -> (x: Double, y: Double) {
            let s = from == a ? t : 1 - t
            return (x0 + (x1 - x0) * s, y0 + (y1 - y0) * s)
        }

        /// Cells along the line (one per step of the longer axis).
        var steps: Int { max(1, Int(max(abs(x1 - x0), abs(y1 - y0)).rounded(.up))) }
    }

    /// Every pair's link, in pair order (0-1, 0-2, ..., 1-2, ...).
    static func links(_ arrangement: ClusterArrangement) -> [LinkLine] {
        let cards = arrangement.cards
        var out: [LinkLine] = []
        out.reserveCapacity(cards.count * (cards.count - 1) / 2)
        for a in cards.indices {
            for b in (a + 1)..<cards.count { out.append(link(a, b, arrangement)) }
        }
        return out
    }

    /// A straight line between the cards; in two rows, cards of one row are linked along the
    /// gap next to that row.
    static func link(_ a: NodeID, _ b: NodeID, _ arrangement: ClusterArrangement) -> LinkLine {
        let ra = arrangement.cards[a], rb = arrangement.cards[b]
        if arrangement.rows, ra.y == rb.y, let gap = arrangement.gap {
            let y = Double(ra.y < gap.lowerBound ? gap.lowerBound : gap.upperBound) + 0.5
            return LinkLine(a: a, b: b, x0: Double(ra.x) + Double(ra.width) / 2, y0: y,
                        x1: Double(rb.x) + Double(rb.width) / 2, y1: y)
        }
        let s = ClusterGeometry.segment(from: ra, to: rb)
        return LinkLine(a: a, b: b, x0: s.x0, y0: s.y0, x1: s.x1, y1: s.y1)
    }

    /// How a link is drawn: its dots, and what breaks it.
    struct LinkLook {
        var dot: Character
        var style: Style
        /// Both directions blocked (a partition or two cuts): only a stub of dots at each end
        /// is drawn, so the links left whole show which nodes can still talk.
        var broken: Bool
        /// A one-way cut: the blocked direction's sender.
        var cutFrom: NodeID?
        /// Steps between dots: sparser with more nodes, so many links stay light.
        var spacing: Int
        /// Dots a broken link keeps at each end: 2 in a ring of up to 4, else none (in a crowded
        /// ring the stubs blur into the links that still work).
        var stub: Int
        /// A real cluster's link carrying bytes lately (issue 14): drawn bright, its dots moving
        /// one cell each poll second (`phase`).
        var busy = false
        var phase = 0

        var marked: Bool { broken || cutFrom != nil }
    }

    static func look(_ link: LinkLine, _ picture: ClusterPicture) -> LinkLook {
        let n = picture.nodeCount
        let forth = picture.link(link.a, link.b), back = picture.link(link.b, link.a)
        let ab = forth.cut, ba = back.cut
        let broken = forth.partitioned || (ab && ba)
        let slow = forth.slow
        let cutFrom: NodeID? = broken ? nil : (ab ? link.a : (ba ? link.b : nil))
        let tint: Tint = broken || cutFrom != nil ? .bad : (slow ? .warning : .muted)
        var look = LinkLook(dot: slow ? "~" : "·", style: Style(tint, dim: !slow && !broken && cutFrom == nil),
                            broken: broken, cutFrom: cutFrom, spacing: n <= 4 ? 1 : (n <= 6 ? 2 : 3), stub: n <= 4 ? 2 : 0)
        if !broken, (forth.bytesPerSecond ?? 0) + (back.bytesPerSecond ?? 0) > 0 {
            look.busy = true
            look.style = Style(.accent)
            look.spacing = max(2, look.spacing)
            look.phase = picture.now / 500
        }
        return look
    }

    /// Draws a link's dots inside `rect`: the whole line, or a broken link's two stubs.
    static func drawDots(_ link: LinkLine, _ look: LinkLook, in rect: Rect, into buffer: inout ScreenBuffer) {
        let steps = link.steps
        let stub = look.stub * look.spacing
        let shift = look.busy ? look.phase % look.spacing : 0
        for k in stride(from: shift, through: steps, by: look.spacing) where !look.broken || k < stub || k > steps - stub {
            plot(link, Double(k) / Double(steps), look.dot, look.style, rect, &buffer)
        }
    }

    /// Draws a blocked link's mark: "╳" (bold, so message labels, which keep off bold cells,
    /// never hide it) at the free cell nearest the middle, so every cut link shows its own mark
    /// even where links cross; a one-way cut adds an arrow on its sender's side. A link with no
    /// free cell left keeps its middle.
    static func drawMark(_ link: LinkLine, _ look: LinkLook, cards: [Rect], in rect: Rect,
                         into buffer: inout ScreenBuffer) {
        guard look.marked else { return }
        let steps = link.steps, middle = steps / 2
        let side = look.cutFrom.map { $0 == link.a ? -1 : 1 }
        let reach = max(0, middle - look.stub * look.spacing - 1)
        let offsets = [0] + (1...max(1, reach)).flatMap { [$0, -$0] }
        let ks = offsets.map { middle + $0 }.filter { $0 > 0 && $0 < steps }
        func fits(_ k: Int, alone: Bool) -> Bool {
            markFits(cell(link, k), cards, rect, buffer, alone: alone)
                && (side.map { markFits(cell(link, k + $0), cards, rect, buffer, alone: alone) } ?? true)
        }
        // Apart from other marks if it can, else at least on a cell of its own.
        let k = ks.first { fits($0, alone: true) } ?? ks.first { fits($0, alone: false) } ?? middle
        var style = look.style
        style.bold = true
        if !look.broken {
            for j in [k - 1, k + 1] where j >= 0 && j <= steps { plotCell(cell(link, j), " ", look.style, rect, &buffer) }
        }
        plotCell(cell(link, k), "╳", style, rect, &buffer)
        guard let side, let from = look.cutFrom else { return }
        let p = link.point(0, from: from), q = link.point(1, from: from)
        plotCell(cell(link, k + side), arrow(q.x - p.x, q.y - p.y), style, rect, &buffer)
    }

    /// The cell at step `k` of a link.
    static func cell(_ link: LinkLine, _ k: Int) -> (x: Int, y: Int) {
        let t = Double(k) / Double(link.steps)
        return (cell(link.x0 + (link.x1 - link.x0) * t), cell(link.y0 + (link.y1 - link.y0) * t))
    }

    /// Whether a mark may go at a cell: inside the view, off every card, and no other mark
    /// (bold) on it, nor touching it when `alone`.
    static func markFits(_ c: (x: Int, y: Int), _ cards: [Rect], _ rect: Rect, _ buffer: ScreenBuffer,
                         alone: Bool) -> Bool {
        guard rect.contains(x: c.x, y: c.y), !cards.contains(where: { $0.contains(x: c.x, y: c.y) }) else { return false }
        guard alone else { return !buffer[c.x, c.y].style.bold }
        for y in (c.y - 1)...(c.y + 1) where y >= 0 && y < buffer.height {
            for x in (c.x - 1)...(c.x + 1) where x >= 0 && x < buffer.width && buffer[x, y].style.bold { return false }
        }
        return true
    }

    /// One character at a cell, if inside `rect`.
    static func plotCell(_ c: (x: Int, y: Int), _ ch: Character, _ style: Style, _ rect: Rect,
                         _ buffer: inout ScreenBuffer) {
        if rect.contains(x: c.x, y: c.y) { put(ch, c.x, c.y, style, &buffer) }
    }

    /// One character at a fraction `t` of the way along a link, if inside `rect` and not on a
    /// mark already drawn.
    static func plot(_ link: LinkLine, _ t: Double, _ c: Character, _ style: Style, _ rect: Rect,
                     _ buffer: inout ScreenBuffer) {
        let x = cell(link.x0 + (link.x1 - link.x0) * t)
        let y = cell(link.y0 + (link.y1 - link.y0) * t)
        if rect.contains(x: x, y: y), !buffer[x, y].style.bold { put(c, x, y, style, &buffer) }
    }

    /// The arrow closest to a direction on screen (a row is about two columns tall).
    static func arrow(_ dx: Double, _ dy: Double) -> Character { arrows[sector(dx, dy)] }

    /// The eighth of the circle a direction points to, clockwise from right (0 → ... 4 ← ...).
    static func sector(_ dx: Double, _ dy: Double) -> Int {
        let angle = atan2(dy * 2, dx)
        let sector = Int((angle / (Double.pi / 4)).rounded())
        return (sector % 8 + 8) % 8
    }

    static let arrows: [Character] = ["→", "↘", "↓", "↙", "←", "↖", "↑", "↗"]
}

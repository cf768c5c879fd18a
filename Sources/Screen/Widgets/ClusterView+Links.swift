import Picture

#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The links between cards: a dotted line for every pair, broken with "╳" when a partition
/// or a cut separates the two nodes (an arrow before "╳" names a one-way cut's direction),
/// "~" when a slow node is at either end (product.md, "The screen").
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
        /// Both directions blocked (a partition or two cuts).
        var broken: Bool
        /// A one-way cut: the blocked direction's sender.
        var cutFrom: NodeID?
        /// Steps between dots: sparser with more nodes, so many links stay light.
        var spacing: Int
    }

    static func look(_ link: LinkLine, _ picture: ClusterPicture) -> LinkLook {
        let n = picture.nodeCount
        let forth = picture.link(link.a, link.b), back = picture.link(link.b, link.a)
        let ab = forth.cut, ba = back.cut
        let broken = forth.partitioned || (ab && ba)
        let slow = forth.slow
        let cutFrom: NodeID? = broken ? nil : (ab ? link.a : (ba ? link.b : nil))
        let tint: Tint = broken || cutFrom != nil ? .bad : (slow ? .warning : .muted)
        return LinkLook(dot: slow ? "~" : "·", style: Style(tint, dim: !slow && !broken && cutFrom == nil),
                        broken: broken, cutFrom: cutFrom, spacing: n <= 4 ? 1 : (n <= 6 ? 2 : 3))
    }

    /// Draws a link cell by cell inside `rect`, dots first, then its break marks (bold, so
    /// message labels, which keep off bold cells, never hide a cut).
    static func draw(_ link: LinkLine, _ look: LinkLook, in rect: Rect, into buffer: inout ScreenBuffer) {
        let steps = link.steps
        let middle = steps / 2
        var markStyle = look.style
        markStyle.bold = true
        let marked = look.broken || look.cutFrom != nil
        for k in stride(from: 0, through: steps, by: look.spacing) where !marked || abs(k - middle) > 1 {
            plot(link, Double(k) / Double(steps), look.dot, look.style, rect, &buffer)
        }
        guard marked else { return }
        for k in max(0, middle - 1)...min(steps, middle + 1) {
            guard let c = mark(k, middle, link, look) else { continue }
            plot(link, Double(k) / Double(steps), c, c == " " ? look.style : markStyle, rect, &buffer)
        }
    }

    /// One character at a fraction `t` of the way along a link, if inside `rect`.
    static func plot(_ link: LinkLine, _ t: Double, _ c: Character, _ style: Style, _ rect: Rect,
                     _ buffer: inout ScreenBuffer) {
        let x = cell(link.x0 + (link.x1 - link.x0) * t)
        let y = cell(link.y0 + (link.y1 - link.y0) * t)
        if rect.contains(x: x, y: y) { put(c, x, y, style, &buffer) }
    }

    /// The break mark at step `k` of a link, if any: "╳" in the middle, blanks around it when
    /// both ways are blocked, an arrow before it naming a one-way cut's direction.
    static func mark(_ k: Int, _ middle: Int, _ link: LinkLine, _ look: LinkLook) -> Character? {
        if look.broken { return k == middle ? "╳" : (abs(k - middle) == 1 ? " " : nil) }
        guard let from = look.cutFrom else { return nil }
        if k == middle { return "╳" }
        guard k == (from == link.a ? middle - 1 : middle + 1) else { return nil }
        let p = link.point(0, from: from), q = link.point(1, from: from)
        return arrow(q.x - p.x, q.y - p.y)
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

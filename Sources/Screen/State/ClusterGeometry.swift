/// How much a card shows: the most its space allows (product.md, "The screen": cluster view).
public enum CardLevel: Int, Sendable, CaseIterable, Comparable {
    /// Two rows, no border: glyph, name, term; commit and timer.
    case tiny
    /// Three rows: durable facts on the borders, volatile state inside.
    case compact
    /// Five rows: a disk row and a memory row, each labelled.
    case small
    /// Seven rows: term and vote, log; role and commit, timer.
    case medium
    /// Eight rows: medium plus votes, leader or match indexes.
    case full

    /// Rows a card of this level takes.
    public var height: Int {
        switch self {
        case .tiny: return 2
        case .compact: return 3
        case .small: return 5
        case .medium: return 7
        case .full: return 8
        }
    }

    /// Columns a card of this level takes, wider in a wide area.
    func width(wide: Bool) -> Int {
        switch self {
        case .tiny: return 16
        case .compact: return wide ? 22 : 20
        case .small: return wide ? 24 : 22
        case .medium, .full: return wide ? 26 : 24
        }
    }

    public static func < (a: CardLevel, b: CardLevel) -> Bool { a.rawValue < b.rawValue }
}

/// The cards of the cluster view: where they sit and how much they show.
public struct ClusterArrangement: Sendable, Equatable {
    public var cards: [Rect]
    public var level: CardLevel
    /// True when no ring fits and the ring is flattened into two rows (top row left to right,
    /// bottom row right to left): links between cards of one row run along the gap between rows.
    public var rows: Bool
    /// The first and last free rows between the two rows of cards (when `rows`).
    public var gap: ClosedRange<Int>?
}

/// Where each node's card sits in the cluster view: shared by drawing and mouse clicks.
public enum ClusterGeometry {
    /// The card rectangles of the cluster view, by node.
    public static func cards(_ state: AppState) -> [Rect] {
        let layout = Layout.of(state)
        return arrangement(in: ringArea(layout.cluster), nodes: state.nodeCount).cards
    }

    /// The part of the cluster view the cards and links use: a tall view keeps its last rows
    /// for the legend of message labels.
    public static func ringArea(_ rect: Rect) -> Rect {
        Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - legendRows(rect))
    }

    /// Rows kept for the legend: two in a tall view, one in a middling one, else none.
    public static func legendRows(_ rect: Rect) -> Int { rect.height >= 24 ? 2 : (rect.height >= 16 ? 1 : 0) }

    /// Cards on a ring inside `area` (the first node at the top, clockwise), as detailed as
    /// fits without overlapping; two rows of small cards when no ring fits.
    public static func arrangement(in area: Rect, nodes: Int) -> ClusterArrangement {
        guard nodes > 0 else { return ClusterArrangement(cards: [], level: .tiny, rows: false, gap: nil) }
        let wide = area.width >= 100
        let tries = CardLevel.allCases.reversed().map { ($0, minimumLink) } + [(.compact, 4.0), (.tiny, 4.0)]
        for (level, link) in tries {
            for narrower in [0, 2] {
                let size = (width: min(level.width(wide: wide) - narrower, area.width), height: level.height)
                if let cards = firstRing(area, nodes: nodes, size: size, link: link) {
                    return ClusterArrangement(cards: cards, level: level, rows: false, gap: nil)
                }
            }
        }
        return twoRows(area, nodes: nodes)
    }

    /// The first ring shape whose cards fit with room for their links, if any.
    static func firstRing(_ area: Rect, nodes: Int, size: (width: Int, height: Int), link: Double) -> [Rect]? {
        for turn in [0.0, 0.5] {
            for roundness in [2.0, 3.0, 5.0] {
                let cards = ring(area, nodes: nodes, size: size, roundness: roundness, turn: turn)
                if fits(cards, in: area, link: link) { return cards }
            }
        }
        return nil
    }

    /// The ring as a superellipse: roundness 2 is an ellipse, higher values push cards to the
    /// corners; `turn` (in steps between cards) rotates it clockwise from the top. The ring is
    /// stretched so its outermost cards touch the edges of the area.
    static func ring(_ area: Rect, nodes: Int, size: (width: Int, height: Int), roundness: Double,
                     turn: Double) -> [Rect] {
        let points = (0..<nodes).map { k -> (u: Double, v: Double) in
            let angle = -Double.pi / 2 + 2 * Double.pi * (Double(k) - turn) / Double(nodes)
            return nodes == 1 ? (0, 0) : (bend(cos(angle), roundness), bend(sin(angle), roundness))
        }
        let us = points.map(\.u), vs = points.map(\.v)
        let xs = stretch(us, into: area.x, span: area.width - size.width)
        let ys = stretch(vs, into: area.y, span: area.height - size.height)
        return (0..<nodes).map { Rect(x: xs[$0], y: ys[$0], width: size.width, height: size.height) }
    }

    /// Positions from `start` to `start + span` for values between their minimum and maximum
    /// (all in the middle when they are equal).
    static func stretch(_ values: [Double], into start: Int, span: Int) -> [Int] {
        let low = values.min() ?? 0, high = values.max() ?? 0
        let range = high - low
        return values.map { value in
            let t = range < 1e-9 ? 0.5 : (value - low) / range
            return start + Int((t * Double(max(0, span))).rounded())
        }
    }

    static func bend(_ c: Double, _ roundness: Double) -> Double {
        let m = pow(abs(c), 2 / roundness)
        return c < 0 ? -m : m
    }

    /// Shortest visible link a ring should have, in columns (a row counts two): room for a
    /// label; crowded rings of small cards may go down to 4.
    static let minimumLink = 6.0

    /// Every card inside the area, no two touching, every link long enough to show a message
    /// and clear of the other cards.
    static func fits(_ cards: [Rect], in area: Rect, link: Double) -> Bool {
        for (i, a) in cards.enumerated() {
            if a.x < area.x || a.y < area.y || a.maxX > area.maxX || a.maxY > area.maxY { return false }
            for j in (i + 1)..<cards.count {
                let b = cards[j]
                let apartX = a.maxX + 2 <= b.x || b.maxX + 2 <= a.x
                let apartY = a.maxY + 1 <= b.y || b.maxY + 1 <= a.y
                if !apartX && !apartY { return false }
                let s = segment(from: a, to: b)
                if max(abs(s.x1 - s.x0), 2 * abs(s.y1 - s.y0)) < link { return false }
                if crosses(s, cards, except: i, j) { return false }
            }
        }
        return true
    }

    /// Whether a link runs through a card other than its two ends (sampled cell by cell; a
    /// clipped corner is allowed, not a quarter of the link).
    static func crosses(_ s: (x0: Double, y0: Double, x1: Double, y1: Double), _ cards: [Rect],
                        except i: Int, _ j: Int) -> Bool {
        let steps = Int(max(abs(s.x1 - s.x0), abs(s.y1 - s.y0)).rounded(.up))
        guard steps > 0 else { return false }
        var hidden = 0
        for k in 0...steps {
            let t = Double(k) / Double(steps)
            let x = Int((s.x0 + (s.x1 - s.x0) * t).rounded(.down)), y = Int((s.y0 + (s.y1 - s.y0) * t).rounded(.down))
            for (c, card) in cards.enumerated() where c != i && c != j && card.contains(x: x, y: y) { hidden += 1 }
        }
        return hidden * 4 > steps
    }

    /// The visible part of the line between two cards' centres: from where it leaves `a` to
    /// where it enters `b`, in cell coordinates (a cell spans [x, x + 1)).
    public static func segment(from a: Rect, to b: Rect) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
        let ax = Double(a.x) + Double(a.width) / 2, ay = Double(a.y) + Double(a.height) / 2
        let bx = Double(b.x) + Double(b.width) / 2, by = Double(b.y) + Double(b.height) / 2
        let dx = bx - ax, dy = by - ay
        let leave = exit(dx, dy, a)
        let enter = 1 - exit(dx, dy, b)
        guard enter > leave else { return (ax + dx / 2, ay + dy / 2, ax + dx / 2, ay + dy / 2) }
        return (ax + dx * leave, ay + dy * leave, ax + dx * enter, ay + dy * enter)
    }

    /// The fraction of (dx, dy) after which a line from the centre of `r` leaves it.
    static func exit(_ dx: Double, _ dy: Double, _ r: Rect) -> Double {
        let tx = dx == 0 ? Double.infinity : Double(r.width) / 2 / abs(dx)
        let ty = dy == 0 ? Double.infinity : Double(r.height) / 2 / abs(dy)
        return min(tx, ty)
    }

    /// The flattened ring: the first half of the nodes along the top, the rest along the bottom
    /// (in a view too short for two rows, every card in one row).
    static func twoRows(_ area: Rect, nodes: Int) -> ClusterArrangement {
        let oneRow = area.height < 2 * CardLevel.tiny.height + 1
        let top = oneRow ? nodes : (nodes + 1) / 2
        let slot = max(1, area.width / max(1, top))
        let tall = area.height >= 2 * CardLevel.compact.height + 3 && slot > CardLevel.compact.width(wide: false) - 4
        let level: CardLevel = tall ? .compact : .tiny
        let width = max(1, min(level.width(wide: false), slot - 1))
        let height = min(level.height, area.height)
        let bottomY = area.maxY - height
        let cards = (0..<nodes).map { k -> Rect in
            let column = k < top ? k : nodes - 1 - k
            let offset = nodes - top < top && k >= top ? slot / 2 : 0
            let x = area.x + column * slot + (slot - width) / 2 + offset
            return Rect(x: x, y: k < top ? area.y : bottomY, width: width, height: height)
        }
        let gap = oneRow ? nil : (area.y + height)...max(area.y + height, bottomY - 1)
        return ClusterArrangement(cards: cards, level: level, rows: true, gap: gap)
    }

    /// The node whose card holds the cell (x, y), if any.
    public static func node(at x: Int, _ y: Int, _ state: AppState) -> Int? {
        guard state.both else { return cards(state).firstIndex { $0.contains(x: x, y: y) } }
        // Both mode: a card of either side selects its node (the same on both sides).
        for side in BothLayout.of(state).sides {
            let cards = arrangement(in: ringArea(side.cluster), nodes: state.nodeCount).cards
            if let node = cards.firstIndex(where: { $0.contains(x: x, y: y) }) { return node }
        }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Where each part of the screen goes in `--mode both` (issue 12, item 4): the Raft side and
/// the Kafka side, each a title line, its cluster view and its log table, left and right on a
/// wide screen and one above the other on a narrow one; one events pane under both, the whole
/// width, for the lines of either side.
public struct BothLayout: Sendable, Equatable {
    /// One side's rows.
    public struct Side: Sendable, Equatable {
        public var title: Rect
        public var cluster: Rect
        public var log: Rect
    }

    public var header: Rect
    public var banner: Rect?
    /// The Raft side, then the Kafka side.
    public var sides: [Side]
    /// Whether the sides sit left and right (else top and bottom).
    public var beside: Bool
    public var events: Rect
    public var footer: Rect

    /// From this width on, the sides sit left and right: each half then holds a ring of cards.
    public static let besideWidth = 110

    public static func of(_ state: AppState) -> BothLayout {
        let banner = !state.picture.monitor.violations.isEmpty
            || !(state.kafkaSide?.monitor.violations.isEmpty ?? true)
        return BothLayout(width: state.width, height: state.height, nodes: state.nodeCount, banner: banner,
                          largeEvents: state.eventsLarge)
    }

    /// `largeEvents` (`v`): the events pane takes the cluster views' rows; titles and log tables stay.
    public init(width: Int, height: Int, nodes: Int, banner hasBanner: Bool, largeEvents: Bool = false) {
        header = Rect(x: 0, y: 0, width: width, height: 1)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
        var top = 1
        banner = hasBanner ? Rect(x: 0, y: 1, width: width, height: 1) : nil
        if hasBanner { top += 1 }
        let rows = max(0, height - 1 - top)  // between the header (and banner) and the footer
        beside = width >= Self.besideWidth
        let logRows = nodes + 3  // title, index row, one row per node, the consumer's row
        if beside {
            var eventRows = max(4, rows / 4)
            var clusterRows = max(0, rows - eventRows - 1 - logRows)
            if largeEvents {
                eventRows += clusterRows
                clusterRows = 0
            }
            let sideRows = 1 + clusterRows + logRows
            let left = (width - 1) / 2  // a rule between the halves
            let halves = [(x: 0, width: left), (x: left + 1, width: width - left - 1)]
            sides = halves.map { half in
                Self.side(x: half.x, y: top, width: half.width, cluster: clusterRows, log: min(logRows, sideRows - 1))
            }
            events = Rect(x: 0, y: top + sideRows, width: width, height: max(0, rows - sideRows))
        } else {
            // Each side: its title, its cards (at least one row of small cards), its log table;
            // a tall log table gives up rows before the cards go below two.
            var eventRows = max(4, min(10, rows / 5))
            let perSide = (rows - eventRows) / 2
            let log = min(logRows, max(2, perSide - 1 - 2))
            var clusterRows = max(0, perSide - 1 - log)
            if largeEvents { clusterRows = 0 }
            let sideRows = 1 + clusterRows + log
            eventRows = max(0, rows - 2 * sideRows)
            sides = [top, top + sideRows].map { y in Self.side(x: 0, y: y, width: width, cluster: clusterRows, log: log) }
            events = Rect(x: 0, y: top + 2 * sideRows, width: width, height: eventRows)
        }
    }

    static func side(x: Int, y: Int, width: Int, cluster: Int, log: Int) -> Side {
        Side(title: Rect(x: x, y: y, width: width, height: 1),
             cluster: Rect(x: x, y: y + 1, width: width, height: cluster),
             log: Rect(x: x, y: y + 1 + cluster, width: width, height: log))
    }
}

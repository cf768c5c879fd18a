/// Where each part of the screen goes, for a size and a cluster (product.md, "The screen":
/// at least 80x24, laid out for 120x36 and larger).
public struct Layout: Sendable, Equatable {
    public static let minWidth = 80
    public static let minHeight = 24

    public var header: Rect
    /// The safety banner, when the monitor has reported a violation.
    public var banner: Rect?
    /// The cluster view (cards on a ring, links, messages) or the space-time diagram; empty
    /// while the events pane is enlarged (`v`).
    public var cluster: Rect
    /// The throughput meter, above the log table (empty when nothing is measured).
    public var meter: Rect
    public var log: Rect
    public var events: Rect
    public var footer: Rect
    /// The narration pane, when a lesson is open: above the events pane in a wide screen,
    /// above the footer in a narrow one.
    public var narration: Rect?

    /// Whether the terminal is too small for the picture.
    public static func tooSmall(width: Int, height: Int) -> Bool { width < minWidth || height < minHeight }

    /// The layout for a state: the sandbox's, or with a narration pane as tall as the lesson's
    /// text needs (within what leaves the rest of the screen usable).
    public static func of(_ state: AppState) -> Layout {
        let banner = !state.picture.monitor.violations.isEmpty
        let meter = ThroughputView.rows(state)
        guard state.lesson != nil else {
            return Layout(width: state.width, height: state.height, nodes: state.nodeCount, banner: banner,
                          meter: meter, largeEvents: state.eventsLarge)
        }
        let wide = state.width >= wideWidth
        let paneWidth = wide ? eventsWidth(state.width) : state.width
        let text = NarrationView.lines(state, width: NarrationView.textWidth(paneWidth: paneWidth, beside: wide))
        return Layout(width: state.width, height: state.height, nodes: state.nodeCount, banner: banner, meter: meter,
                      largeEvents: state.eventsLarge, narration: text.count + 1, reading: NarrationView.isReading(state))
    }

    /// From this width on, the events pane (and a lesson's narration) sit beside the cluster.
    static let wideWidth = 110

    /// Columns of the column beside the cluster view in a wide screen.
    static func eventsWidth(_ width: Int) -> Int { max(38, width * 2 / 5) }

    /// Rows the cluster view keeps in a narrow lesson, even while the learner reads a quiz's
    /// answer: enough for its cards (a ring of small cards for 3 nodes, two rows for more).
    static let clusterFloor = 6

    /// Rows of the events pane below a narrow lesson's narration (its title and two lines).
    static let lessonEvents = 3

    /// `narration`: the rows a lesson's narration pane wants (0: no lesson, the sandbox layout).
    /// `reading`: the world is not moving and the text matters most (a quiz, a failed step, the
    /// end), so the narration may take the events' rows; the cluster view keeps its cards.
    /// `largeEvents`: the events pane takes the cluster view's rows (`v`).
    public init(width: Int, height: Int, nodes: Int, banner hasBanner: Bool, meter meterRows: Int = 0,
                largeEvents: Bool = false, narration wanted: Int, reading: Bool = false) {
        self.init(width: width, height: height, nodes: nodes, banner: hasBanner, meter: meterRows)
        guard wanted > 0 else {
            self = enlargeEvents(largeEvents)
            return
        }
        let top = cluster.y
        if width >= Self.wideWidth {
            // The right column: narration on top (at least half of it), the events below; with
            // the events enlarged, they take the cluster's place and the narration the column.
            let column = meter.y - top
            if largeEvents {
                narration = events
                events = cluster
                cluster = Rect(x: cluster.x, y: top, width: cluster.width, height: 0)
                return
            }
            let rows = max(0, min(max(wanted, column / 2), column - (reading ? 3 : 6)))
            narration = Rect(x: events.x, y: top, width: events.width, height: rows)
            events = Rect(x: events.x, y: top + rows, width: events.width, height: column - rows)
        } else {
            // Bottom to top: footer, narration, events, log, meter, cluster (at least
            // `clusterFloor` rows, also while reading: a quiz's answer scrolls instead).
            let band = footer.y - top - log.height - meter.height  // cluster, events, narration
            var eventRows = Self.lessonEvents
            var rows: Int
            if largeEvents {
                rows = max(0, min(max(wanted, 6), band - eventRows - 5))
                eventRows = band - rows
            } else {
                rows = max(0, min(max(wanted, 6), band - eventRows - Self.clusterFloor))
                if reading && wanted > rows {
                    rows = max(0, min(wanted, band - Self.clusterFloor))
                    eventRows = band - Self.clusterFloor - rows
                    if eventRows < Self.lessonEvents { eventRows = 0 }  // too few to read: the cluster keeps them
                }
            }
            narration = Rect(x: 0, y: footer.y - rows, width: width, height: rows)
            let below = footer.y - rows
            if largeEvents {
                log = Rect(x: 0, y: below - log.height, width: width, height: log.height)
                meter = Rect(x: 0, y: log.y - meter.height, width: width, height: meter.height)
                events = Rect(x: 0, y: top, width: width, height: meter.y - top)
                cluster = Rect(x: 0, y: top, width: width, height: 0)
            } else {
                events = Rect(x: 0, y: below - eventRows, width: width, height: eventRows)
                log = Rect(x: 0, y: events.y - log.height, width: width, height: log.height)
                meter = Rect(x: 0, y: log.y - meter.height, width: width, height: meter.height)
                cluster = Rect(x: 0, y: top, width: width, height: meter.y - top)
            }
        }
    }

    public init(width: Int, height: Int, nodes: Int, banner hasBanner: Bool, meter meterRows: Int = 0,
                largeEvents: Bool = false) {
        header = Rect(x: 0, y: 0, width: width, height: 1)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
        var top = 1
        banner = hasBanner ? Rect(x: 0, y: 1, width: width, height: 1) : nil
        if hasBanner { top += 1 }
        let logHeight = nodes + 3  // title, index row, one row per node, markers
        let bottom = height - 1
        if width >= Self.wideWidth {
            let eventsWidth = Self.eventsWidth(width)
            let clusterWidth = width - eventsWidth
            log = Rect(x: 0, y: bottom - logHeight, width: width, height: logHeight)
            meter = Rect(x: 0, y: log.y - meterRows, width: width, height: meterRows)
            cluster = Rect(x: 0, y: top, width: clusterWidth, height: meter.y - top)
            events = Rect(x: clusterWidth, y: top, width: eventsWidth, height: meter.y - top)
        } else {
            let eventsHeight = max(3, (bottom - top - logHeight - meterRows) / 3)
            events = Rect(x: 0, y: bottom - eventsHeight, width: width, height: eventsHeight)
            log = Rect(x: 0, y: events.y - logHeight, width: width, height: logHeight)
            meter = Rect(x: 0, y: log.y - meterRows, width: width, height: meterRows)
            cluster = Rect(x: 0, y: top, width: width, height: meter.y - top)
        }
        self = enlargeEvents(largeEvents)
    }

    /// Without a lesson: the enlarged events pane takes the cluster view's place and its own
    /// (the whole width above the meter in a wide screen; above the meter and the log in a
    /// narrow one).
    func enlargeEvents(_ large: Bool) -> Layout {
        guard large else { return self }
        var out = self
        let top = cluster.y
        if cluster.x == events.x {  // narrow: events, meter, log from the top
            out.log = Rect(x: 0, y: footer.y - log.height, width: log.width, height: log.height)
            out.meter = Rect(x: 0, y: out.log.y - meter.height, width: meter.width, height: meter.height)
        }
        out.events = Rect(x: 0, y: top, width: footer.width, height: out.meter.y - top)
        out.cluster = Rect(x: 0, y: top, width: cluster.width, height: 0)
        return out
    }
}

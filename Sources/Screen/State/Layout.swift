/// Where each part of the screen goes, for a size and a cluster (product.md, "The screen":
/// at least 80x24, laid out for 120x36 and larger).
public struct Layout: Sendable, Equatable {
    public static let minWidth = 80
    public static let minHeight = 24

    public var header: Rect
    /// The safety banner, when the monitor has reported a violation.
    public var banner: Rect?
    /// The cluster view (cards on a ring, links, messages) or the space-time diagram.
    public var cluster: Rect
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
        guard state.lesson != nil else {
            return Layout(width: state.width, height: state.height, nodes: state.nodeCount, banner: banner)
        }
        let wide = state.width >= wideWidth
        let paneWidth = wide ? eventsWidth(state.width) : state.width
        let text = NarrationView.lines(state, width: NarrationView.textWidth(paneWidth: paneWidth, beside: wide))
        return Layout(width: state.width, height: state.height, nodes: state.nodeCount, banner: banner,
                      narration: text.count + 1, reading: NarrationView.isReading(state))
    }

    /// From this width on, the events pane (and a lesson's narration) sit beside the cluster.
    static let wideWidth = 110

    /// Columns of the column beside the cluster view in a wide screen.
    static func eventsWidth(_ width: Int) -> Int { max(38, width * 2 / 5) }

    /// `narration`: the rows a lesson's narration pane wants (0: no lesson, the sandbox layout).
    /// `reading`: the world is not moving and the text matters most (a quiz, a failed step, the
    /// end), so the narration may take the cluster view's rows (narrow) or the events' (wide).
    public init(width: Int, height: Int, nodes: Int, banner hasBanner: Bool, narration wanted: Int,
                reading: Bool = false) {
        self.init(width: width, height: height, nodes: nodes, banner: hasBanner)
        guard wanted > 0 else { return }
        let top = cluster.y
        if width >= Self.wideWidth {
            // The right column: narration on top (at least half of it), the events below.
            let column = log.y - top
            let rows = max(0, min(max(wanted, column / 2), column - (reading ? 3 : 6)))
            narration = Rect(x: events.x, y: top, width: events.width, height: rows)
            events = Rect(x: events.x, y: top + rows, width: events.width, height: column - rows)
        } else {
            // Bottom to top: footer, narration, events (3 rows), log, cluster (at least 5 rows).
            let logHeight = log.height
            let free = footer.y - top - logHeight - 3
            let rows = max(0, min(max(wanted, 6), free - (reading ? 0 : 5)))
            narration = Rect(x: 0, y: footer.y - rows, width: width, height: rows)
            events = Rect(x: 0, y: footer.y - rows - 3, width: width, height: 3)
            log = Rect(x: 0, y: events.y - logHeight, width: width, height: logHeight)
            cluster = Rect(x: 0, y: top, width: width, height: log.y - top)
        }
    }

    public init(width: Int, height: Int, nodes: Int, banner hasBanner: Bool) {
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
            cluster = Rect(x: 0, y: top, width: clusterWidth, height: log.y - top)
            events = Rect(x: clusterWidth, y: top, width: eventsWidth, height: log.y - top)
        } else {
            let eventsHeight = max(3, (bottom - top - logHeight) / 3)
            events = Rect(x: 0, y: bottom - eventsHeight, width: width, height: eventsHeight)
            log = Rect(x: 0, y: events.y - logHeight, width: width, height: logHeight)
            cluster = Rect(x: 0, y: top, width: width, height: log.y - top)
        }
    }
}

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

    /// Whether the terminal is too small for the picture.
    public static func tooSmall(width: Int, height: Int) -> Bool { width < minWidth || height < minHeight }

    public init(width: Int, height: Int, nodes: Int, banner hasBanner: Bool) {
        header = Rect(x: 0, y: 0, width: width, height: 1)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
        var top = 1
        banner = hasBanner ? Rect(x: 0, y: 1, width: width, height: 1) : nil
        if hasBanner { top += 1 }
        let logHeight = nodes + 3  // title, index row, one row per node, markers
        let bottom = height - 1
        if width >= 110 {
            let eventsWidth = max(38, width * 2 / 5)
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

import Picture

/// The space-time diagram (`d`): one lane per node, time flowing down and scrolling so now is
/// the last row, every message an arrow from its sender's lane at the time it was sent to its
/// receiver's lane at the time it arrived, labelled with its kind (product.md, "The screen").
enum DiagramView {
    /// Draws the diagram inside `rect` (and nowhere else).
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard rect.height >= 3, rect.width >= 20, state.nodeCount > 0 else { return }
        let words = ClusterWords(state.lang)
        let footer = rect.height >= 10
        let scale = DiagramScale(state.picture, rect, footer: footer)
        let lanes = laneColumns(rect, nodes: state.nodeCount)
        header(state, lanes, rect, words, into: &buffer)
        gutter(scale, rect, words, into: &buffer)
        drawLanes(state, scale, lanes, into: &buffer)
        let arrows = arrows(state, scale, lanes)
        for arrow in arrows { body(arrow, scale, rect, into: &buffer) }
        for arrow in arrows { head(arrow, scale, into: &buffer) }
        marks(state, scale, lanes, into: &buffer)
        for arrow in arrows { label(arrow, scale, rect, lanes, words, into: &buffer) }
        if footer { legend(scale, rect, words, into: &buffer) }
    }

    /// Width of the time column on the left.
    static let gutterWidth = 8

    /// The column of each node's lane: the middle of equal slots right of the time column.
    static func laneColumns(_ rect: Rect, nodes: Int) -> [Int] {
        let left = rect.x + gutterWidth
        let width = rect.width - gutterWidth
        return (0..<nodes).map { left + (2 * $0 + 1) * width / (2 * nodes) }
    }

    /// Columns between two lanes (the room for a lane's name).
    static func laneSpacing(_ rect: Rect, nodes: Int) -> Int { (rect.width - gutterWidth) / max(1, nodes) }

    /// The top row: "time", then each node's glyph and name centred over its lane.
    static func header(_ state: AppState, _ lanes: [Int], _ rect: Rect, _ words: ClusterWords,
                       into buffer: inout ScreenBuffer) {
        buffer.put(words.time, x: rect.x, y: rect.y, style: Style(.muted), maxX: rect.x + gutterWidth - 1)
        let room = laneSpacing(rect, nodes: lanes.count) - 1
        for (id, x) in lanes.enumerated() {
            let role = state.picture.nodes[id].role
            let name = state.picture.nodes[id].name
            let full = UIWords.glyph(role) + name
            let text = CharWidth.of(full) <= room ? full : Ellipsis.cut(name, columns: room)
            let style = Style(UIWords.tint(role), bold: true, reverse: state.selected == id)
            let start = max(rect.x + gutterWidth, x - CharWidth.of(text) / 2)
            buffer.put(text, x: start, y: rect.y, style: style, maxX: rect.maxX)
        }
    }

    /// The time column: a time every five rows, and now on the last row.
    static func gutter(_ scale: DiagramScale, _ rect: Rect, _ words: ClusterWords, into buffer: inout ScreenBuffer) {
        let maxX = rect.x + gutterWidth - 1
        for y in scale.firstRow...scale.lastRow {
            let t = scale.time(atRow: y)
            if y == scale.lastRow {
                buffer.put(seconds(scale.now), x: rect.x, y: y, style: Style(.accent, bold: true), maxX: maxX)
            } else if t >= 0 && t % (5 * scale.msPerRow) == 0 && scale.lastRow - y >= 2 {
                buffer.put(seconds(t), x: rect.x, y: y, style: Style(.muted), maxX: maxX)
            }
        }
    }

    /// "1.250s": simulated time in seconds.
    static func seconds(_ ms: Int) -> String { TimeText.seconds(ms) }

    /// The last row: the scale and what the lane marks mean.
    static func legend(_ scale: DiagramScale, _ rect: Rect, _ words: ClusterWords, into buffer: inout ScreenBuffer) {
        var x = rect.x
        for item in [words.perRow(scale.msPerRow)] + words.laneMarks {
            let width = CharWidth.of(item)
            if x + width > rect.maxX { break }
            x = buffer.put(item, x: x, y: rect.maxY - 1, style: Style(.muted), maxX: rect.maxX) + 2
        }
    }
}

/// How time maps to rows: the last row holds now, each row above a fixed step earlier.
struct DiagramScale {
    let msPerRow: Int
    let firstRow: Int
    let lastRow: Int
    let now: Int
    /// The time the last row ends at: now rounded up to a whole step, so rows don't jitter.
    let end: Int

    init(_ picture: ClusterPicture, _ rect: Rect, footer: Bool) {
        firstRow = rect.y + 1
        lastRow = rect.maxY - (footer ? 2 : 1)
        msPerRow = Self.step(latency: picture.settings.latency, heartbeat: picture.settings.heartbeat,
                             rows: lastRow - firstRow + 1)
        now = picture.now
        end = (picture.now + msPerRow - 1) / msPerRow * msPerRow
    }

    /// A round step about half the shortest latency, so a message spans a couple of rows, and
    /// long enough that a heartbeat period fits on screen.
    static func step(latency: ClosedRange<Int>, heartbeat: Int, rows: Int) -> Int {
        let steps = [1, 2, 5, 10, 20, 50, 100, 200, 500]
        return steps.first { $0 * 2 >= latency.lowerBound && $0 * max(1, rows) >= heartbeat } ?? 500
    }

    /// The row of time `t` (above `firstRow` for times scrolled away).
    func row(_ t: Int) -> Int {
        let back = end - t
        let rows = back >= 0 ? back / msPerRow : -((-back + msPerRow - 1) / msPerRow)
        return lastRow - rows
    }

    /// The time a row ends at.
    func time(atRow y: Int) -> Int { end - (lastRow - y) * msPerRow }

    /// The earliest time on screen.
    var start: Int { time(atRow: firstRow) - msPerRow + 1 }
}

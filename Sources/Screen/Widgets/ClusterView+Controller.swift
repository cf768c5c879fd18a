/// Kafka's controller under the ring (kafka-mode.md, "The controller"): not a node, so not a
/// card; one line with the epoch and ISR it holds and what it decided, on the first legend row.
extension ClusterView {
    /// Draws the controller's line when the picture has a controller and the view keeps legend
    /// rows; returns the rows it took (0 or 1). Without legend rows the log table's title shows it.
    static func controllerLine(_ state: AppState, _ words: ClusterWords, _ rect: Rect, into buffer: inout ScreenBuffer) -> Int {
        let rows = ClusterGeometry.legendRows(rect)
        guard rows > 0, let text = controllerText(state, width: rect.width - 2) else { return 0 }
        buffer.putCut(text, x: rect.x + 1, y: rect.maxY - rows, style: Style(.accent, bold: true), maxX: rect.maxX)
        return 1
    }

    /// The longest controller line that fits in `width` (else the shortest, to be cut).
    static func controllerText(_ state: AppState, width: Int) -> String? {
        guard let c = state.picture.controller else { return nil }
        let choices = ClusterWords(state.lang).controller(c, names: c.isr.map(state.picture.name))
        return choices.first { CharWidth.of($0) <= width } ?? choices.last
    }
}

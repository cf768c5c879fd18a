/// A terminal under 80x24 gets a clear message instead of a broken picture, wrapped and
/// centered in whatever room there is (down to nothing at all).
enum TooSmallView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect? = nil) {
        let area = rect ?? Rect(x: 0, y: 0, width: buffer.width, height: buffer.height)
        guard !area.isEmpty else { return }
        let margin = area.width > 10 ? 1 : 0
        let texts = UIWords(state.lang).tooSmall(width: state.width, height: state.height)
        let wrapped = texts.map { TextWrap.lines($0, width: area.width - 2 * margin) }
        let fitting = wrapped.first { $0.count <= area.height } ?? wrapped.last!
        let lines = Array(fitting.prefix(area.height))
        let top = area.y + (area.height - lines.count) / 2
        for (k, line) in lines.enumerated() {
            let x = area.x + (area.width - CharWidth.of(line)) / 2
            buffer.put(line, x: x, y: top + k, style: Style(.warning, bold: true), maxX: area.maxX)
        }
    }
}

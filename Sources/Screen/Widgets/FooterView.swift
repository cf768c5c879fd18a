/// Placeholder: to be drawn (issue 4).
enum FooterView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect = Rect(x: 0, y: 0, width: 0, height: 0)) {
        buffer.put("FooterView", x: rect.x, y: rect.y, maxX: rect.maxX)
    }
}

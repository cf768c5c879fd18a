/// Placeholder: to be drawn (issue 4).
enum OverlayView {
    static func draw(_ overlay: Overlay, _ state: AppState, into buffer: inout ScreenBuffer) {
        buffer.put("\(overlay)", x: 2, y: 2)
    }
}

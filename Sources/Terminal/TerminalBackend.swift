import Screen

/// Where frames go and inputs come from: a real terminal (curses) or text (tests).
public protocol TerminalBackend {
    /// Columns and rows of the terminal now.
    var size: (width: Int, height: Int) { get }
    /// Shows `buffer`: every cell, double-width characters written once.
    mutating func draw(_ buffer: ScreenBuffer)
    /// The inputs waiting now (keys, clicks, resizes), without blocking.
    mutating func inputs() -> [Input]
}

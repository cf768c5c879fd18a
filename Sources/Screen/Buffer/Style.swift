/// What a cell means, not how it looks: the terminal backend maps it to 256 colours,
/// 8 colours or none (NO_COLOR). Every state stays readable without colour: words and
/// glyphs carry the meaning, colour only repeats it.
public enum Tint: Sendable, Hashable {
    case plain, muted, accent, leader, candidate, follower, crashed, good, bad, warning
    /// The colour of a term: terms cycle through a small palette.
    case term(Int)
}

/// A cell's look: a tint and text attributes.
public struct Style: Sendable, Hashable {
    public var tint: Tint
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(_ tint: Tint = .plain, bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.tint = tint
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
}

/// The pace of a headless cast (issue 14, "Recordings"), in ms of the player's wall time
/// (`--speed X` divides every recorded time by X).
public enum CastTiming {
    /// The runtime moves on in ticks of the live runtime's length (`Runtime`'s tick).
    public static let tickMs = 20
    /// A frame is taken at the player's frame interval (the main loop wakes at least this often).
    public static let frameMs = 100
    /// Text shows for 2 s plus 50 ms per character before the reader goes on.
    public static let readingBaseMs = 2_000
    public static let readingPerCharacterMs = 50
    /// Between two keys of a task's solution.
    public static let keyMs = 400
    /// The most lines a reader scrolls down through one step's text.
    public static let longestScroll = 100
    /// The lesson's end stays on screen this long.
    public static let endMs = 3_000
    /// A scenario that would run longer than this (30 minutes) stops with an error.
    public static let longestMs = 30 * 60 * 1_000

    /// How long `text` shows before the reader goes on.
    public static func reading(_ text: String) -> Int {
        readingBaseMs + readingPerCharacterMs * text.count
    }
}

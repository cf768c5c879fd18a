import RaftSim

/// How much simulated work one advance may do, so any speed keeps the view responsive and
/// memory bounded (issue 10): the world runs in chunks of simulated time until the advance's
/// time is done or `eventBudget` events were handled; time it could not keep up with is
/// dropped, not owed, and the speed it reached is measured to be shown.
public struct Pace: Sendable, Equatable {
    /// Events one advance may handle (checked after each chunk).
    public static let eventBudget = 2_000
    /// The simulated ms between checks of the budget; a chunk with no event is skipped whole.
    public static let chunkMs = 10
    /// The window over which the reached speed is measured, in wall ms.
    static let windowMs = 1_000.0

    /// Wall and simulated ms of the recent advances (halved as the window fills).
    var wallMs = 0.0
    var simulatedMs = 0.0
    /// Whether the budget cut one of the recent advances short.
    var limited = false

    public init() {}

    /// Notes an advance: `wall` ms of wall time moved the world `simulated` ms, cut short or not.
    mutating func note(wall: Double, simulated: Int, cut: Bool) {
        if wallMs >= Self.windowMs {
            wallMs /= 2
            simulatedMs /= 2
            if !cut { limited = false }
        }
        wallMs += wall
        simulatedMs += Double(simulated)
        if cut { limited = true }
    }

    /// The simulated ms per wall ms reached lately, while the budget holds the world back;
    /// nil while the world keeps up with its speed.
    public var reached: Double? {
        limited && wallMs > 0 ? simulatedMs / wallMs : nil
    }

    /// Forget the measure (the world was paused, resumed or replaced).
    mutating func reset() { self = Pace() }

    /// The simulated ms of the next chunk: at least `least` (`chunkMs` unless a boosted advance
    /// looks for something new after each ms), up to the next event if that is later (empty time
    /// costs nothing), never past `left`.
    static func chunk(_ world: ClusterWorld, left: Int, least: Int = chunkMs) -> Int {
        let toNext = world.nextEventTime.map { $0 - world.now } ?? left
        return min(left, max(least, toNext))
    }

    /// How an advance ended: its time done, cut short by the budget, or (boosted) at something new.
    enum End: Equatable { case done, cut, news }
}

import RaftSim

/// Advancing within `Pace`'s budget (issue 10: any speed keeps the view responsive).
extension RuntimeCore {
    /// Runs the world (or the lesson toward its goal) `ms` simulated ms on, in chunks, until
    /// the time is done or the event budget is spent; returns whether the budget cut it short.
    /// A lesson's advance stops where its goal stops the world, as one unchunked advance does.
    mutating func runBudgeted(_ ms: Int) -> Bool {
        let start = world.eventCount
        var left = ms
        while left > 0 {
            if world.eventCount - start >= Pace.eventBudget { return true }
            let chunk = Pace.chunk(world, left: left)
            left -= chunk
            guard lesson != nil else {
                world.run(for: chunk)
                continue
            }
            let step = lesson?.index
            inLesson { $0.advance(&$1, by: chunk) }
            if paused || lesson?.index != step || lesson?.wantsToRun != true { return false }
        }
        return false
    }

    /// Simulated ms per wall ms reached lately while the budget holds the world back; nil
    /// while the world keeps up with its speed.
    public var reachedSpeed: Double? { pace.reached }

    mutating func setSpeed(_ new: Double) {
        if new != speed { pace.reset() }
        speed = new
    }
}

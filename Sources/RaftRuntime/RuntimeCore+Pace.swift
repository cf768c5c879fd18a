import RaftSim

/// Advancing within `Pace`'s budget (issue 10: any speed keeps the view responsive).
extension RuntimeCore {
    /// Runs the world (or the lesson toward its goal) `ms` simulated ms on, in chunks, until
    /// the time is done or the event budget is spent (`.cut`). A lesson's advance stops where its
    /// goal stops the world, as one unchunked advance does. With `stopOnNews` (a boosted advance)
    /// the chunks are 1 ms and it stops after the one in which something new happened (`.news`).
    mutating func runBudgeted(_ ms: Int, stopOnNews: Bool = false) -> Pace.End {
        let start = world.eventCount
        let mark = stopOnNews ? Sighting.roles(world) : []
        var seen = world.recordedCount
        var left = ms
        while left > 0 {
            if world.eventCount - start >= Pace.eventBudget { return .cut }
            let chunk = Pace.chunk(world, left: left, least: stopOnNews ? 1 : Pace.chunkMs)
            left -= chunk
            if lesson == nil {
                world.run(for: chunk)
            } else {
                let step = lesson?.index
                inLesson { $0.advance(&$1, by: chunk) }
                if paused || lesson?.index != step || lesson?.wantsToRun != true { return .done }
            }
            guard stopOnNews else { continue }
            if world.recorded(from: seen).contains(where: \.isSomethingNew) || Sighting.roles(world) != mark { return .news }
            seen = world.recordedCount
        }
        return .done
    }

    /// Simulated ms per wall ms reached lately while the budget holds the world back; nil
    /// while the world keeps up with its speed.
    public var reachedSpeed: Double? { pace.reached }

    mutating func setSpeed(_ new: Double) {
        if new != speed { pace.reset() }
        speed = new
    }
}

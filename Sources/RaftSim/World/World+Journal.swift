/// Where a run has got to: events happen only in (time, sequence) order and commands only
/// through `apply`, so a copy of the world, the commands applied since, and the mark to stop
/// at rebuild any later state exactly (the live view's history).
public struct WorldMark: Sendable, Equatable {
    /// Simulated time.
    public var time: Int
    /// Events handled so far.
    public var events: Int
}

extension World {
    /// A command as `apply` received it, with where the world was.
    public struct Applied: Sendable {
        public var at: WorldMark
        public var command: Command
    }

    public var mark: WorldMark { WorldMark(time: now, events: eventCount) }

    /// Removes and returns the commands applied since the last call (while `journaling`).
    public mutating func takeApplied() -> [Applied] {
        defer { applied.removeAll(keepingCapacity: true) }
        return applied
    }

    /// Handles events until `mark.events` have been handled, then moves the clock to
    /// `mark.time`: a copy taken earlier on the same run, given the same commands, arrives at
    /// exactly the state the run had there.
    public mutating func replay(to mark: WorldMark) {
        replay(toEvents: mark.events)
        now = max(now, mark.time)
    }

    /// Handles events until `events` have been handled (the clock stays at the last one).
    public mutating func replay(toEvents events: Int) {
        while eventCount < events, step() {}
    }
}

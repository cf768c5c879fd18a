import RaftCore
import RaftSim

/// Checkpoints of the world (it is a value, so a copy is a checkpoint), taken at least
/// every `interval` simulated ms and at every command, for `[` and `]`.
public struct History: Sendable {
    public struct Checkpoint: Sendable {
        public var world: RaftWorld
        /// How many logged commands had been applied.
        public var logCount: Int
    }

    public private(set) var checkpoints: [Checkpoint] = []
    /// The checkpoint on view; nil when live (at the newest state).
    public private(set) var position: Int? = nil
    public static let interval = 100
    public static let limit = 3000

    public var inPast: Bool { position != nil }

    mutating func record(_ world: RaftWorld, logCount: Int, force: Bool = false) {
        if let last = checkpoints.last {
            if last.world.now == world.now && last.logCount == logCount && last.world.eventCount == world.eventCount { return }
            if !force && world.now - last.world.now < Self.interval { return }
        }
        checkpoints.append(Checkpoint(world: world, logCount: logCount))
        if checkpoints.count > Self.limit { checkpoints.removeFirst(checkpoints.count - Self.limit) }
    }

    /// One checkpoint further back, if any.
    mutating func back() -> Checkpoint? {
        let current = position ?? checkpoints.count - 1
        guard current > 0 else { return nil }
        position = current - 1
        return checkpoints[current - 1]
    }

    /// One checkpoint forward; at the newest one the view is live again.
    mutating func forward() -> Checkpoint? {
        guard let current = position else { return nil }
        let next = current + 1
        position = next == checkpoints.count - 1 ? nil : next
        return checkpoints[next]
    }

    /// Back to the newest checkpoint (the present), if viewing the past.
    mutating func present() -> Checkpoint? {
        guard position != nil else { return nil }
        position = nil
        return checkpoints.last
    }

    /// Drops the checkpoints after the one on view; returns its command count.
    mutating func fork() -> Int {
        guard let current = position else { return checkpoints.last?.logCount ?? 0 }
        checkpoints.removeSubrange((current + 1)...)
        position = nil
        return checkpoints[current].logCount
    }
}

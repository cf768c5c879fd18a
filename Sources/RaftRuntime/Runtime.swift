import Dispatch
import Lessons
import RaftCore
import RaftSim

/// What the UI reads: an immutable copy of the runtime's state, taken under its lock; the
/// cluster picture is built from it outside the lock (`Pictures`).
public struct RuntimeSnapshot: Sendable {
    public var world: ClusterWorld
    public var events: ArraySlice<RuntimeCore.Stamped>
    public var paused: Bool
    public var speed: Double
    public var inPast: Bool
    public var version: Int
    public var log: [LoggedCommand]
    public var lesson: LessonRun?
    /// The speed reached while the work budget holds the world back (`Pace`), else nil.
    public var reachedSpeed: Double? = nil
    /// The time of the oldest kept event when older ones were let go, else nil.
    public var eventsKeptFrom: Int? = nil
    /// How much faster than `speed` a lesson's quiet stretch runs (`Boost`); 1 at the learner's speed.
    public var boost: Int = 1
}

/// One world live (`LiveLoop` of a `RuntimeCore`).
public typealias Runtime = LiveLoop<RuntimeCore>

extension LiveLoop where Core == RuntimeCore {
    public convenience init(world: ClusterWorld, speed: Double = 0.02, tick: Int = 20, onChange: @escaping @Sendable () -> Void = {}) {
        self.init(RuntimeCore(world: world, speed: speed), tick: tick, onChange: onChange)
    }
}

import Lessons
import Picture
import RaftCore
import RaftSim

/// `--mode both` (issue 12): a Raft world and a Kafka world of the same seed and nodes, driven
/// in step. Every command goes to both, so a key crashes the same node on both sides at the
/// same simulated time; wall time advances both by the same amount; `.` steps to the earlier of
/// the two next events (the other world's clock moves to that time, handling nothing), so the
/// two clocks stay equal. No lesson runs here (`--mode both` is a sandbox view only).
public struct PairCore: Sendable {
    public internal(set) var raft: RuntimeCore
    public internal(set) var kafka: RuntimeCore

    public init(raft: ClusterWorld, kafka: ClusterWorld, speed: Double = 0.02) {
        self.raft = RuntimeCore(world: raft, speed: speed)
        self.kafka = RuntimeCore(world: kafka, speed: speed)
    }

    /// Moves both worlds on by the same wall time.
    public mutating func advance(wallMs: Double) {
        raft.advance(wallMs: wallMs)
        kafka.advance(wallMs: wallMs)
    }

    public mutating func apply(_ command: RuntimeCommand) {
        switch command {
        case .stepEvent, .action(.stepEvent): stepTogether()
        case .startLesson, .stopLesson, .action(.lesson): return  // no lesson in both mode
        default:
            raft.apply(command)
            kafka.apply(command)
        }
    }

    /// Moves on whenever either side does (a sum of two counters that only grow).
    public var version: Int { raft.version + kafka.version }

    /// `.`: the world whose next event comes first handles it (both when they fall at the same
    /// millisecond); the other only moves its clock to that time.
    mutating func stepTogether() {
        guard let next = [raft.world.nextEventTime, kafka.world.nextEventTime].compactMap({ $0 }).min() else {
            raft.apply(.stepEvent)
            kafka.apply(.stepEvent)
            return
        }
        for side in [\PairCore.raft, \PairCore.kafka] as [WritableKeyPath<PairCore, RuntimeCore>] {
            if self[keyPath: side].world.nextEventTime == next {
                self[keyPath: side].apply(.stepEvent)
            } else {
                self[keyPath: side].idle(to: next)
            }
        }
    }
}

extension RuntimeCore {
    /// Paused, the world's clock moved to `time` without an event due (the other side of a
    /// pair stepped to it).
    mutating func idle(to time: Int) {
        if history.inPast { leavePast() }
        paused = true
        if time > world.now { world.run(for: time - world.now) }
        absorbEvents()
        history.record(&world, logCount: log.count)
        version += 1
    }
}

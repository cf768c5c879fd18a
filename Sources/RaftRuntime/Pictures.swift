import Lessons
import Picture
import RaftCore
import RaftSim

/// Builds the cluster picture from a runtime snapshot, outside the runtime's lock, once per
/// publication. Each event is described once, in every language, and kept by its serial.
public struct Pictures: Sendable {
    var described: [Int: EventPicture] = [:]

    public init() {}

    public mutating func picture(_ s: RuntimeSnapshot) -> ClusterPicture {
        var events: [EventPicture] = []
        events.reserveCapacity(s.events.count)
        var kept: [Int: EventPicture] = [:]
        for stamped in s.events {
            let picture = described[stamped.serial] ?? s.world.eventPicture(stamped.event)
            kept[stamped.serial] = picture
            events.append(picture)
        }
        described = kept
        var run = RunPicture(paused: s.paused, speed: s.speed, inPast: s.inPast, seed: s.world.seed,
                             reached: s.paused ? nil : s.reachedSpeed)
        run.eventsKeptFrom = s.eventsKeptFrom
        run.boost = s.paused ? 1 : s.boost
        return s.world.picture(run: run, events: events, lesson: s.lesson?.report(s.world))
    }
}

extension RuntimeCore {
    /// The picture of the runtime as it is (tests, and the synchronous main loop's tests).
    public func picture(_ pictures: inout Pictures) -> ClusterPicture { pictures.picture(snapshot) }
}

import Testing
import TestSupport
import RaftCore
import RaftSim
@testable import RaftRuntime

/// History keeps a few whole worlds and rebuilds the rest by replay: every mark must come
/// back exactly, and a long session must stay within the limits.
struct HistoryTests {
    func world(seed: UInt64 = 3) -> ClusterWorld {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.seed = seed
        return .raft(RaftWorld(spec))
    }

    /// A command now and then: writes, a crash and restart, a partition and heal.
    func command(at i: Int) -> ClusterCommand? {
        switch i % 400 {
        case 50: .write(value: "w\(i)", to: nil, acks: nil, count: 1 + i % 3)
        case 120: .crash(i % 3)
        case 200: .restart(i % 3)
        case 260: .partition([[0], [1, 2]])
        case 330: .heal
        case 370: .timeout((i + 1) % 3)
        default: nil
        }
    }

    @Test func everyMarkIsRebuiltExactlyAsTheRunWasThere() {
        var live = world()
        var history = History()
        var copies: [ClusterWorld] = []
        for i in 0..<3000 {
            if let c = command(at: i) { live.apply(c) }
            live.run(for: 37)
            _ = live.takeEvents()
            history.record(&live, logCount: 0, force: i % 9 == 0)
            if history.marks.count > copies.count { copies.append(live) }
        }
        #expect(history.keyframes.count > 1)
        #expect(history.keyframes.count * 20 < history.marks.count)  // most marks are replayed
        for (index, copy) in copies.enumerated() where index % 13 == 0 || index == copies.count - 1 {
            let rebuilt = history.rebuild(index, from: nil)
            #expect(rebuilt.mark == copy.mark)
            #expect(rebuilt.nodes == copy.nodes, "mark \(index)")
            #expect(rebuilt.network.inFlight == copy.network.inFlight)
            #expect(rebuilt.values == copy.values && rebuilt.clients.writes == copy.clients.writes)
        }
    }

    @Test func theRuntimeGoesBackToTheStartAndForwardToThePresent() {
        var c = RuntimeCore(world: world(), speed: 1)
        for second in 0..<120 {
            c.apply(.world(.write(value: "s\(second)", to: nil, acks: nil, count: 1)))
            c.advance(wallMs: 1000)
        }
        let present = c.world
        c.seek(toMark: 0)
        #expect(c.world.now == 0 && c.history.inPast && c.paused)
        c.apply(.forward)
        c.apply(.forward)
        let second = c.history.marks[2]
        #expect(c.world.mark == second.world)
        c.seek(toMark: c.history.marks.count - 1)
        #expect(!c.history.inPast)
        #expect(c.world.nodes == present.nodes && c.world.mark == present.mark)
    }

    @Test func aSnapshotSaysWhenOlderEventsWereLetGo() {
        var c = RuntimeCore(world: world(), speed: 1)
        c.advance(wallMs: 1_000)
        #expect(c.snapshot.eventsKeptFrom == nil)
        for _ in 0..<60 { c.advance(wallMs: 1_000) }
        let keptFrom = c.snapshot.eventsKeptFrom ?? 0
        #expect(keptFrom > 0)
        c.seek(toMark: 1)
        #expect(c.world.now < keptFrom)
    }

    @Test func aLongSessionKeepsBoundedMarksAndKeyframes() {
        var c = RuntimeCore(world: world(), speed: 1)
        for second in 0..<(40 * 60) {
            c.apply(.world(.write(value: "s\(second)", to: nil, acks: nil, count: 1)))
            for _ in 0..<10 { c.advance(wallMs: 100) }  // a frame every 100 ms: a mark each
        }
        #expect(c.history.marks.count <= History.limit)
        #expect(c.history.keyframes.count <= History.keyframeLimit)
        #expect(c.history.marks.count > History.limit / 2)
        c.seek(toMark: 0)
        #expect(c.world.now == 0)
        c.seek(toMark: c.history.marks.count / 2)
        #expect(c.world.mark == c.history.marks[c.history.marks.count / 2].world)
    }
}

/// Seeking far back in a long session: worlds passed on the way serve the next seeks, and
/// the rebuilt worlds are the same as without them.
struct HistorySeekTests {
    @Test func worldsPassedOnALongReplayServeTheNextSeeksAndChangeNothing() {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.seed = 5
        var live = ClusterWorld.raft(RaftWorld(spec))
        var history = History()
        history.keyframeEvery = 100
        history.keyframeLimit = 8
        var copies: [ClusterWorld] = []
        for i in 0..<4000 {
            if i % 50 == 0 { live.apply(.write(value: "v\(i)", to: nil, acks: nil, count: 1)) }
            live.run(for: 40)
            _ = live.takeEvents()
            history.record(&live, logCount: 0)
            if history.marks.count > copies.count { copies.append(live) }
        }
        #expect(history.keyframes.count <= 8)
        let events = history.keyframes.map(\.mark.world.events)
        #expect(zip(events.dropFirst(), events).map { $0 - $1 }.max()! <= 3 * live.eventCount / 8)  // spread evenly
        // The mark farthest from the keyframe before it.
        let far = copies.indices.dropFirst().max { a, b in
            let gap = { (i: Int) in i - (history.keyframes.last { !$0.mark.isAfter(history.marks[i]) }.map { k in
                history.marks.firstIndex { $0 == k.mark } ?? 0 } ?? 0) }
            return gap(a) < gap(b)
        }!
        let first = history.rebuild(far, from: nil)
        #expect(!history.passed.isEmpty)
        #expect(first.nodes == copies[far].nodes && first.mark == copies[far].mark)
        #expect(first.recording && first.events.isEmpty)
        for index in stride(from: far - 1, to: far - 40, by: -1) {  // `[` held down
            let world = history.rebuild(index, from: nil)
            #expect(world.nodes == copies[index].nodes && world.mark == copies[index].mark, "mark \(index)")
            #expect(world.recording)
        }
    }
}

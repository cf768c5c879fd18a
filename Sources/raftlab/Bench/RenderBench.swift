import ArgumentParser
import Dispatch
import RaftCore
import RaftSim
import Screen

/// `raftlab bench render`: how long composing one frame (`Render.screen`) takes, on a busy
/// cluster: 5 nodes, writes in progress, at least 50 messages in flight.
struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Median time to compose one frame at 80x24 and 160x48 (5 nodes, 50 messages in flight).")

    @Option(help: "Frames composed per size; the median is printed.")
    var frames = 2000

    @Option(help: "Messages in flight to build up before timing.")
    var inFlight = 50

    static let sizes = [(80, 24), (160, 48)]

    func run() throws {
        #if DEBUG
        print("note: this is a debug build; benchmark with `swift run -c release raftlab bench render`")
        #endif
        let (world, events) = Self.busyWorld(inFlight: inFlight)
        print("workload: \(world.size) nodes, \(world.inFlight) messages in flight, \(events.count) events, "
              + "logs of \(world.nodes.map(\.log.lastIndex).max() ?? 0) entries; \(frames) frames per size")
        var fields = ["nodes=\(world.size)", "in_flight=\(world.inFlight)", "frames=\(frames)"]
        for (width, height) in Self.sizes {
            var state = AppState(live: LiveStatus(world: world, events: events), lang: .en, seed: 1)
            state.width = width
            state.height = height
            let times = Self.frameTimes(state, count: max(frames, 1))
            let median = times[times.count / 2]
            let p90 = times[times.count * 9 / 10]
            print(String(format: "%dx%d: median %.3f ms, p90 %.3f ms", width, height, median, p90))
            fields.append(String(format: "median_ms_%dx%d=%.4f", width, height, median))
        }
        print("RESULT render " + fields.joined(separator: " "))
    }

    /// Sorted wall times of composing `count` frames, in milliseconds, after a warm-up.
    static func frameTimes(_ state: AppState, count: Int) -> [Double] {
        var checksum = 0
        for _ in 0..<min(count, 100) { checksum &+= Render.screen(state).cells.count }
        var times: [Double] = []
        times.reserveCapacity(count)
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            let buffer = Render.screen(state)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            checksum &+= buffer.cells.count
        }
        precondition(checksum > 0)
        return times.sorted()
    }

    /// Five planets on slow links (200-400 ms), a leader, and writes every 10 ms until
    /// `inFlight` messages are on their way; with the events that led there.
    static func busyWorld(inFlight: Int) -> (RaftWorld, [SimEvent<RaftEngine>]) {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(5)))
        spec.seed = 1
        spec.latency = 200...400
        spec.engine.election = 1500...3000
        var world = RaftWorld(spec)
        world.recording = true
        var events: [SimEvent<RaftEngine>] = []
        func absorb() { events = Array((events + world.takeEvents()).suffix(2000)) }
        for _ in 0..<100 where !world.nodes.contains(where: { $0.isUp && $0.role == .leader }) {
            world.run(for: 100)
            absorb()
        }
        var writes = 0
        while world.inFlight < inFlight, writes < 1000 {
            writes += 1
            world.apply(.write(value: "k\(writes)=\(writes)", to: nil, acks: nil, count: 1))
            world.run(for: 10)
            absorb()
        }
        return (world, events)
    }
}

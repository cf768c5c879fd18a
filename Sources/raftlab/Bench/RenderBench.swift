import ArgumentParser
import Dispatch
import Picture
import RaftCore
import RaftSim
import Screen

/// `raftlab bench render`: how long building the cluster picture and composing one frame
/// (`Render.screen`) take, on a busy cluster: 5 nodes, writes in progress, at least 50
/// messages in flight.
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
        let described = events.map(world.eventPicture)
        let run = RunPicture(paused: false, speed: 0.02, inPast: false, seed: world.seed)
        let building = Self.times(count: max(frames, 1)) { world.picture(run: run, events: described).nodes.count }
        print(String(format: "picture: median %.3f ms, p90 %.3f ms", building[building.count / 2], building[building.count * 9 / 10]))
        fields.append(String(format: "picture_median_ms=%.4f", building[building.count / 2]))
        let picture = world.picture(run: run, events: described)
        for (width, height) in Self.sizes {
            var state = AppState(picture: picture, lang: .en)
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
        times(count: count) { Render.screen(state).cells.count }
    }

    /// Sorted wall times of `count` runs of `body`, in milliseconds, after a warm-up.
    static func times(count: Int, _ body: () -> Int) -> [Double] {
        var checksum = 0
        for _ in 0..<min(count, 100) { checksum &+= body() }
        var times: [Double] = []
        times.reserveCapacity(count)
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            checksum &+= body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
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

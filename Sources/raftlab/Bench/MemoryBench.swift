import ArgumentParser
import Foundation
import RaftCore
import RaftRuntime
import RaftSim

/// `raftlab bench memory`: a long live session, unpaced, with its history (issue 10's target:
/// at most 100 MiB for one simulated hour at one write a second, seeking under 100 ms), beside
/// the bare world on the same workload as the peer.
struct MemoryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory", abstract: "A long live session's memory and the time to seek back through its history.")

    @Option(help: "Simulated seconds (one write a second).")
    var seconds = 3600

    func run() throws {
        #if DEBUG
        print("note: this is a debug build; benchmark with `swift run -c release raftlab bench memory`")
        #endif
        print("workload: 3 nodes, default timing, one write a second for \(seconds) simulated s, a frame every 100 ms;")
        print("one child process each: the runtime with its history, and the bare world (the peer)")
        guard let live = BenchChild.run(["bench", "memory-run", "--seconds", "\(seconds)", "--history", "on"]),
              let bare = BenchChild.run(["bench", "memory-run", "--seconds", "\(seconds)", "--history", "off"])
        else { throw ExitCode(1) }
        print(live)
        print(bare)
        let ratio = BenchChild.value("peak_rss_mib", live) / max(BenchChild.value("peak_rss_mib", bare), 1)
        print(String(format: "history costs %.2fx the bare world's peak memory", ratio))
    }
}

/// One side of `bench memory`, in a child process; prints one `RESULT` line.
struct MemoryBenchRun: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "memory-run", shouldDisplay: false)

    @Option var seconds = 3600
    @Option var history = "on"

    func run() throws {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.seed = 1
        let cpuStart = ProcessStats.cpuSeconds()
        let line: String
        if history == "on" {
            line = runtime(RaftWorld(spec))
        } else {
            line = bare(RaftWorld(spec))
        }
        print(line + String(format: " cpu_s=%.2f", ProcessStats.cpuSeconds() - cpuStart))
    }

    static func write(_ second: Int) -> RaftWorld.Command {
        .write(value: "k\(second)=\(second)", to: nil, acks: nil, count: 1)
    }

    /// The live view's runtime at speed 1: a write a second, a frame every 100 ms.
    func runtime(_ world: RaftWorld) -> String {
        var core = RuntimeCore(world: .raft(world), speed: 1)
        for second in 0..<seconds {
            core.apply(.world(Self.write(second).cluster))
            for _ in 0..<10 { core.advance(wallMs: 100) }
        }
        let marks = core.history.marks.count
        // Seeks jump from the present, from the start, then every 97th mark (the slowest kept).
        let clock = ContinuousClock()
        let toStart = clock.measure { core.seek(toMark: 0) }
        let toMiddle = clock.measure { core.seek(toMark: marks / 2) }
        let toPresent = clock.measure { core.seek(toMark: marks - 1) }
        let slowest = stride(from: 0, to: marks, by: 97).map { mark in
            clock.measure { core.seek(toMark: mark) }
        }.max() ?? .zero
        core.seek(toMark: marks - 1)
        return String(format: "RESULT history=on seconds=%d peak_rss_mib=%.1f seek_start_ms=%.1f seek_middle_ms=%.1f seek_present_ms=%.1f seek_slowest_ms=%.1f marks=%d commit_index_neptune=%d",
                      seconds, Self.peakMiB(), Self.ms(toStart), Self.ms(toMiddle), Self.ms(toPresent), Self.ms(slowest), marks,
                      core.world.commitIndex(of: 0))
    }

    /// The same commands on the world alone.
    func bare(_ world: RaftWorld) -> String {
        var world = world
        world.recording = false
        for second in 0..<seconds {
            world.apply(Self.write(second))
            for _ in 0..<10 { world.run(for: 100) }
        }
        return String(format: "RESULT history=off seconds=%d peak_rss_mib=%.1f commit_index_neptune=%d",
                      seconds, Self.peakMiB(), world.engine.commitIndex(of: 0))
    }

    static func peakMiB() -> Double { Double(ProcessStats.peakRSSKiB()) / 1024 }
    static func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
}

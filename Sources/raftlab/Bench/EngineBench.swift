import ArgumentParser
import Foundation

/// `raftlab bench engine`: each configuration in its own child process, for its own peak memory.
struct EngineBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine", abstract: "The engine on etcd-io/raft's in-memory workload (K = 1 and 64).")

    @Option(help: "Writes per run.")
    var writes = 200_000

    @Option(help: "Writes proposed per round, comma-separated.")
    var k = "1,64"

    @Option(help: "Runs per configuration; the median is printed.")
    var repeats = 1

    func run() throws {
        #if DEBUG
        print("note: this is a debug build; benchmark with `swift run -c release raftlab bench engine`")
        #endif
        print("workload: 3 nodes, zero latency, no disk, \(writes) writes of 16 bytes, K proposed per round,")
        print("every pending message delivered each round; one child process per configuration")
        let ks = k.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        for perRound in ks {
            for monitor in [false, true] {
                let lines = (0..<max(repeats, 1)).compactMap { _ in child(perRound: perRound, monitor: monitor) }
                guard !lines.isEmpty else { throw ExitCode(1) }
                let sorted = lines.sorted { BenchChild.value("entries_per_cpu_s", $0) < BenchChild.value("entries_per_cpu_s", $1) }
                print(sorted[sorted.count / 2])
            }
        }
    }

    func child(perRound: Int, monitor: Bool) -> String? {
        BenchChild.run(["bench", "engine-run", "--writes", "\(writes)", "--k", "\(perRound)",
                        "--monitor", monitor ? "on" : "off"])
    }
}

/// One configuration, run in a child process; prints one `RESULT` line for scripts.
struct EngineBenchRun: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "engine-run", shouldDisplay: false)

    @Option var writes = 200_000
    @Option var k = 1
    @Option var monitor = "off"

    func run() throws {
        let workload = EngineWorkload(writes: writes, perRound: k, monitor: monitor == "on")
        let wallStart = Date()
        let cpuStart = ProcessStats.cpuSeconds()
        let counts = workload.run()
        let cpu = ProcessStats.cpuSeconds() - cpuStart
        let wall = Date().timeIntervalSince(wallStart)
        let line = String(format: "RESULT k=%d monitor=%@ entries_per_cpu_s=%.0f msgs_per_s=%.0f events_per_s=%.0f peak_rss_kib=%d",
                          k, monitor, Double(counts.applied) / cpu, Double(counts.messages) / wall,
                          Double(counts.events) / wall, ProcessStats.peakRSSKiB())
        print(String(format: "k=%d monitor %@: %d entries, %d messages (%.1f per entry), %d events, cpu %.3f s, wall %.3f s",
                     k, monitor == "on" ? "on" : "off (safety not checked)", counts.applied, counts.messages,
                     Double(counts.messages) / Double(max(counts.applied, 1)), counts.events, cpu, wall))
        print(line)
    }
}

import ArgumentParser

/// `raftlab bench`: figures to compare against a peer in the same run (release build).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks (build with -c release).",
        subcommands: [EngineBench.self, EngineBenchRun.self, RenderBench.self, MemoryBench.self, MemoryBenchRun.self])
}

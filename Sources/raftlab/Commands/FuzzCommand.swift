import ArgumentParser
import Foundation
import Fuzzer
import Lessons
import RaftCore
import RaftSim

/// `raftlab fuzz`: random schedules against the safety monitor, then heal and converge.
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Run random fault schedules; exit 1 if any seed breaks safety or fails to converge.")

    @Option(help: "How many seeds to run.")
    var seeds: Int

    @Option(help: "The first seed.")
    var from: UInt64 = 1

    @Option(help: "Cluster size, 1 to 9 (default: drawn per seed).")
    var nodes: Int?

    @Option(help: ArgumentHelp("Break a rule: \(UnsafeRules.allNames.joined(separator: ", ")).",
                               valueName: "rule"))
    var unsafe: String?

    @Option(help: "What replicates: raft, or kafka (one Kafka partition, its settings drawn per seed).")
    var mode: ClusterMode = .raft

    @Flag(name: .customLong("unclean-election"), help: "Kafka mode: unclean leader election on (unsafe).")
    var uncleanElection = false

    @Option(name: .customLong("leader-epochs"), help: "Kafka mode: truncation by leader epoch, on or off (off is unsafe, as before KIP-101).")
    var leaderEpochs: OnOff = .on

    @Flag(help: "Raft: the basic algorithm's operations only (every node a voter, snapshot_every 0; no snapshots, reads, transfers or membership changes).")
    var basic = false

    @Option(help: "Where failing seeds are written as scenario files.")
    var out = "fuzz-failures"

    func validate() throws {
        guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1") }
        guard seedRange != nil else {  // seeds never overflow (issue 10)
            throw ValidationError("--from \(from) with --seeds \(seeds) goes past the largest seed, \(UInt64.max)")
        }
        if let nodes, !(1...9).contains(nodes) { throw ValidationError("--nodes must be from 1 to 9") }
        if mode == .kafka, unsafe != nil {
            throw ValidationError("--unsafe breaks a Raft rule; in kafka mode use --unclean-election or --leader-epochs off")
        }
        if mode == .kafka, basic {
            throw ValidationError("--basic is a Raft setting: a Kafka partition has no snapshots, reads, transfers or membership changes")
        }
        if mode == .raft, uncleanElection || leaderEpochs == .off {
            throw ValidationError("--unclean-election and --leader-epochs are Kafka settings: add --mode kafka")
        }
        if let unsafe, UnsafeRules(name: unsafe) == nil {
            let names = UnsafeRules.allNames.joined(separator: ", ")
            throw ValidationError("unknown --unsafe rule '\(unsafe)': use one of \(names)")
        }
    }

    /// `--from` and the `--seeds` - 1 seeds after it; nil when that passes the largest seed.
    var seedRange: ClosedRange<UInt64>? {
        let (last, overflow) = from.addingReportingOverflow(UInt64(seeds - 1))
        return overflow ? nil : from...last
    }

    func run() throws {
        try FailureFiles.check(out)
        let options = FuzzOptions(nodes: nodes, unsafe: unsafe.flatMap(UnsafeRules.init(name:)), mode: mode,
                                  uncleanElection: uncleanElection, leaderEpochs: leaderEpochs == .on, extensions: !basic)
        var progress = FuzzProgress(total: seeds)
        var failed = 0
        var broken = BrokenProperties()
        let start = Date()
        for seedsHere in SeedChunks(seedRange ?? from...from, size: 64) {
            for outcome in FuzzPool.run(seedsHere, options: options) {
                if outcome.verdict.failed {
                    failed += 1
                    report(outcome)
                    broken.add(outcome)
                }
                progress.advance(failed: failed)
            }
        }
        progress.finish()
        if let summary = broken.summary { print(summary) }
        let seconds = Date().timeIntervalSince(start)
        let rate = Double(seeds) / max(seconds, 1e-9)
        print(String(format: "fuzz: %d seeds from %llu, %d failed, %.1f s, %.0f seeds/s%@", seeds, from, failed,
                     seconds, rate, settingsNote))
        if failed > 0 { throw ExitCode(1) }
    }

    func report(_ outcome: FuzzOutcome) {
        let path = FailureFiles.path(outcome.seed, in: out)
        let written = FailureFiles.write(outcome, at: path, in: out)
        if case .failure(let problem) = written { printError("raftlab: cannot write \(problem)") }
        let yaml = (try? written.get()) ?? ScenarioWriter.yaml(outcome.file(at: path))
        let replays = FuzzReplay.fails(yaml: yaml, file: path)
        FuzzProgress.clearLine()
        let shown = ShownText.escaped(path)
        let isWritten = (try? written.get()) != nil
        print("seed \(outcome.seed): FAIL \(describe(outcome.verdict)) -> "
              + (isWritten ? shown : "(not written: see above)")
              + (replays ? "" : " (warning: the file does not reproduce the failure)"))
        print((isWritten ? "  replay: raftlab run \(shown)    " : "  ") + "reproduce: raftlab fuzz --seeds 1 --from \(outcome.seed)"
              + (nodes.map { " --nodes \($0)" } ?? "") + (unsafe.map { " --unsafe \($0)" } ?? "") + (basic ? " --basic" : "")
              + kafkaFlags)
    }

    /// The Kafka options as written on the command line, for the reproduce line.
    var kafkaFlags: String {
        guard mode == .kafka else { return "" }
        return " --mode kafka" + (uncleanElection ? " --unclean-election" : "") + (leaderEpochs == .off ? " --leader-epochs off" : "")
    }

    /// What was broken on purpose, for the summary line.
    var settingsNote: String {
        let basicNote = basic ? "basic operations" : nil
        if let unsafe {
            let rule = "unsafe: \(UnsafeRules(name: unsafe)?.names.joined(separator: ", ") ?? unsafe)"
            return " (" + ([basicNote, rule].compactMap { $0 }).joined(separator: "; ") + ")"
        }
        if let basicNote { return " (\(basicNote))" }
        guard mode == .kafka else { return "" }
        let broken = (uncleanElection ? ["unclean leader election"] : []) + (leaderEpochs == .off ? ["no leader epochs"] : [])
        return " (kafka" + (broken.isEmpty ? "" : "; unsafe: " + broken.joined(separator: ", ")) + ")"
    }

    func describe(_ verdict: FuzzVerdict) -> String {
        switch verdict {
        case .passed: "passed"
        case .violation(let properties): "safety violation: " + properties.joined(separator: ", ")
        case .liveness(let miss): "no convergence: " + miss
        }
    }
}

/// Which properties the failing seeds broke, how often, and the first seed for each.
struct BrokenProperties {
    var seen: [(property: String, seeds: Int, first: UInt64)] = []

    mutating func add(_ outcome: FuzzOutcome) {
        guard case .violation(let properties) = outcome.verdict else { return }
        for p in properties {
            if let k = seen.firstIndex(where: { $0.property == p }) { seen[k].seeds += 1 }
            else { seen.append((p, 1, outcome.seed)) }
        }
    }

    /// "broken: election_safety in 812 seeds (first: seed 5); ...", nil when none.
    var summary: String? {
        guard !seen.isEmpty else { return nil }
        return "broken: " + seen.map { "\($0.property) in \($0.seeds) seed\($0.seeds == 1 ? "" : "s") (first: seed \($0.first))" }
            .joined(separator: "; ")
    }
}

import ArgumentParser
import Foundation
import Lessons
import MainLoop
import Picture
import Recording
import RaftRuntime
import RaftSim
import Screen
import Terminal

/// `raftlab` (or `raftlab sandbox`): the live view of a cluster to watch and break.
struct Sandbox: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The live view: watch a cluster elect, replicate and commit; break it with single keys (the default).")

    @Option(help: "Nodes in the cluster, 1 to 9.")
    var nodes = 3

    @Option(help: "Seed of the world's random source: the same seed and keys replay the same run.")
    var seed: UInt64 = 1

    @Option(help: "Simulated milliseconds per wall-clock millisecond.")
    var speed = 0.02

    @Option(help: "Language: en or ko (default: from LANG/LC_ALL).")
    var lang: Lang?

    @Option(help: "Default acks mode of client writes: 0, 1 or all.")
    var acks = "all"

    @Option(help: "What replicates the data: raft (a Raft log), kafka (one Kafka partition: followers fetch from the leader, the ISR, the high watermark) or both (the two side by side, every key applied to both; a sandbox view only, not with --record).")
    var mode: SandboxMode = .raft

    @Option(name: .customLong("leader-epochs"), help: "Kafka mode: truncate by leader epoch (on, KIP-101) or to the follower's own high watermark (off, as before Kafka 0.11).")
    var leaderEpochs: OnOff = .on

    @Option(help: "On exit, save the session as a scenario file (check it with `raftlab check FILE`).")
    var record: String?

    @Option(help: "Record the session as an asciicast v2 file (asciinema plays it).")
    var cast: String?

    func validate() throws {
        try ArgumentLimits.checkNodes(nodes)
        try ArgumentLimits.checkSpeed(speed)
        guard Acks(rawValue: acks) != nil else { throw ValidationError("--acks must be 0, 1 or all") }
        if mode == .raft, leaderEpochs == .off {
            throw ValidationError("--leader-epochs is a Kafka setting: add --mode kafka")
        }
        if mode == .both, record != nil {
            throw ValidationError("--record saves one world's session as a scenario, and --mode both is a sandbox view only: record with --mode raft or --mode kafka")
        }
    }

    /// The world of `--mode raft` or `--mode kafka` (both mode's Raft side is `spec(.raft)`).
    var cluster: ClusterSpec { spec(mode == .kafka ? .kafka : .raft) }

    func spec(_ mode: ClusterMode) -> ClusterSpec {
        let names = Array(WorldSpec.planets.prefix(nodes))
        let acks = Acks(rawValue: acks) ?? .all
        switch mode {
        case .raft:
            var spec = WorldSpec(names: names)
            spec.seed = seed
            spec.acks = acks
            return .raft(spec)
        case .kafka:
            var spec = KafkaWorldSpec(names: names)
            spec.seed = seed
            spec.acks = acks
            spec.settings.leaderEpochs = leaderEpochs == .on
            return .kafka(spec)
        }
    }

    func run() throws {
        if let record { try SessionRecording.check(record) }
        if let cast { try LiveCast.check(cast) }
        try LiveTerminal.require("the live view", instead: """
            Without a terminal, print a scenario's transcript with `raftlab run FILE`
            (the lessons are listed by `raftlab lessons`); `raftlab --help` shows every command.
            """)
        let environment = ProcessInfo.processInfo.environment
        let wanted = Lang(rawValue: Language.detect(explicit: lang?.rawValue, environment: environment)) ?? .en
        let session = try LiveTerminal.open(environment: environment)
        let language = LiveTerminal.language(wanted, on: session)
        let recording = cast.map { _ in LiveCast.console(session, environment: environment) }
        if mode == .both { return try runBoth(session, recording, language) }
        let world = ClusterWorld(cluster)
        let runtime = Runtime(world: world, speed: speed, onChange: Self.waker(session))
        var loop = MainLoop(runtime: runtime, console: recording ?? session,
                            state: AppState(picture: ClusterPicture(), lang: language, colors: session.backend.depth != .none))
        runtime.start()
        let code = loop.run()
        runtime.stop(waiting: record != nil)  // a recording needs the end; else quit at once
        session.log.write(code == 0 ? "quit" : "stopped by signal \(code - 128)")
        let end = record.map { _ in SessionRecording.capture(runtime) }
        session.finish()
        let saved = LiveCast.save(recording, to: cast)
        if let record, let end { try SessionRecording.save(end, cluster: cluster, to: record) }
        if code != 0 { throw ExitCode(code) }
        if !saved { throw ExitCode(1) }
    }

    /// `--mode both`: a Raft world and a Kafka world of the same seed and nodes in one paired
    /// runtime; every key goes to both (issue 12, item 4).
    func runBoth(_ session: TerminalSession, _ recording: RecordingConsole?, _ language: Lang) throws {
        let pair = PairCore(raft: ClusterWorld(spec(.raft)), kafka: ClusterWorld(spec(.kafka)), speed: speed)
        let runtime = PairRuntime(pair, onChange: Self.waker(session))
        var loop = MainLoop(runtime: runtime, console: recording ?? session,
                            state: AppState(picture: ClusterPicture(), lang: language, colors: session.backend.depth != .none))
        runtime.start()
        let code = loop.run()
        runtime.stop(waiting: false)  // no scenario is recorded in both mode: quit at once
        session.log.write(code == 0 ? "quit" : "stopped by signal \(code - 128)")
        session.finish()
        let saved = LiveCast.save(recording, to: cast)
        if code != 0 { throw ExitCode(code) }
        if !saved { throw ExitCode(1) }
    }

    /// Built outside `main.swift`, so the closure is not bound to the main actor.
    static func waker(_ session: TerminalSession) -> @Sendable () -> Void {
        let pipe = session.wake
        return { pipe.wake() }
    }
}

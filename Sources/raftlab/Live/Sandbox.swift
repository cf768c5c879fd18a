import ArgumentParser
import Foundation
import Lessons
import MainLoop
import Picture
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

    @Option(help: "On exit, save the session as a scenario file (check it with `raftlab check FILE`).")
    var record: String?

    func validate() throws {
        try ArgumentLimits.checkNodes(nodes)
        try ArgumentLimits.checkSpeed(speed)
        guard Acks(rawValue: acks) != nil else { throw ValidationError("--acks must be 0, 1 or all") }
    }

    var cluster: WorldSpec {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(nodes)))
        spec.seed = seed
        spec.acks = Acks(rawValue: acks) ?? .all
        return spec
    }

    func run() throws {
        if let record { try SessionRecording.check(record) }
        guard isatty(0) == 1, isatty(1) == 1 else {
            printError("""
                raftlab: the live view needs a terminal, and standard \(isatty(1) == 1 ? "input" : "output") is not one.
                Without a terminal, print a scenario's transcript with `raftlab run FILE`
                (the lessons are listed by `raftlab lessons`); `raftlab --help` shows every command.
                """)
            throw ExitCode(1)
        }
        let environment = ProcessInfo.processInfo.environment
        let wanted = Lang(rawValue: Language.detect(explicit: lang?.rawValue, environment: environment)) ?? .en
        let session = try LiveTerminal.open(environment: environment)
        let language = LiveTerminal.language(wanted, on: session)
        let world = RaftWorld(cluster)
        let runtime = Runtime(world: world, speed: speed, onChange: Self.waker(session))
        var loop = MainLoop(runtime: runtime, console: session,
                            state: AppState(picture: ClusterPicture(), lang: language, colors: session.backend.depth != .none))
        runtime.start()
        let code = loop.run()
        runtime.stop(waiting: record != nil)  // a recording needs the end; else quit at once
        session.log.write(code == 0 ? "quit" : "stopped by signal \(code - 128)")
        let end = record.map { _ in SessionRecording.capture(runtime) }
        session.finish()
        if let record, let end { try SessionRecording.save(end, cluster: cluster, to: record) }
        if code != 0 { throw ExitCode(code) }
    }

    /// Built outside `main.swift`, so the closure is not bound to the main actor.
    static func waker(_ session: TerminalSession) -> @Sendable () -> Void {
        let pipe = session.wake
        return { pipe.wake() }
    }
}

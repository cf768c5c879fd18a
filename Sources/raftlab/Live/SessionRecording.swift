import ArgumentParser
import Foundation
import Lessons
import RaftRuntime

/// `--record FILE`: the session written as a scenario on exit (product.md, "One engine").
enum SessionRecording {
    /// Refuses a path the recording could not be written to, before the session starts (issue
    /// 10: a bad path was noticed only at exit, and the session was lost): exit 2.
    static func check(_ path: String) throws {
        guard let problem = OutputPath.problem(writingFile: path) else { return }
        printError("raftlab: --record \(problem)")
        throw ExitCode(2)
    }

    /// The newest state of a stopped runtime: a view of the past is moved forward first,
    /// so the recording ends where the session really got to, with every command in it.
    static func capture(_ runtime: Runtime) -> RuntimeSnapshot {
        var snapshot = runtime.snapshot()
        var moves = 0
        while snapshot.inPast, moves <= History.limit {
            runtime.send(.forward)
            runtime.sync()
            snapshot = runtime.snapshot()
            moves += 1
        }
        return snapshot
    }

    /// Writes the scenario that replays `end.log` on `cluster` and checks `end.world`
    /// (atomically, through a link, keeping the mode: `AtomicFile`).
    static func save(_ end: RuntimeSnapshot, cluster: ClusterSpec, to path: String) throws {
        let commands = end.log.map { SessionRecord.Command(time: $0.time, command: $0.command) }
        let scenario = SessionRecord.scenario(cluster: cluster, commands: commands, end: end.world)
        let yaml = ScenarioWriter.yaml(scenario)
        do {
            try AtomicFile.write(yaml, to: path)
        } catch {
            // The session is not lost: the scenario goes to standard output instead.
            printError("raftlab: cannot write \(error); the recording follows on standard output")
            print(yaml, terminator: "")
            throw ExitCode(1)
        }
        let shown = ShownText.escaped(path)
        print("recorded \(commands.count) command\(commands.count == 1 ? "" : "s") to \(shown); "
              + "replay it with `raftlab run \(shown)`, check it with `raftlab check \(shown)`")
    }
}

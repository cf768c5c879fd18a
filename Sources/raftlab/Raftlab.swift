import ArgumentParser

/// The `raftlab` command: a terminal classroom for Raft consensus.
struct Raftlab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raftlab",
        abstract: "A terminal classroom for Raft consensus.",
        subcommands: [Sandbox.self, Lesson.self, Check.self, Run.self, LessonsCommand.self, CastCommand.self, FuzzCommand.self, Bench.self, EtcdCommand.self],
        defaultSubcommand: Sandbox.self)
}

import ArgumentParser
import Foundation
import Lessons
import MainLoop
import Picture
import RaftRuntime
import RaftSim
import Recording
import Screen
import Terminal

/// `raftlab lesson [NAME]`: plays a lesson live (issue 5), or opens the lesson menu.
struct Lesson: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Play a lesson: narration, tasks done with the live keys, quizzes; without a name, the lesson menu.",
        discussion: """
            NAME is a lesson's number (4), its file name (04-who-may-lead) or the name without the \
            number (who-may-lead), or the path of any scenario file. Progress is kept in \
            $XDG_STATE_HOME/raftlab (else ~/.local/state/raftlab).
            """)

    @Argument(help: "The lesson: a number, a name, or a scenario file's path.")
    var name: String?

    @Option(help: "Simulated milliseconds per wall-clock millisecond.")
    var speed = 0.02

    @Option(help: "Language: en or ko (default: from LANG/LC_ALL).")
    var lang: Lang?

    @Option(help: "The directory of lessons (default: the lessons installed with raftlab, else scenarios/ here).")
    var dir: String?

    @Option(help: "Record the session as an asciicast v2 file (asciinema plays it).")
    var cast: String?

    func validate() throws {
        try ArgumentLimits.checkSpeed(speed)
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let lookup = LessonLookup(dir: dir)
        let catalog = lookup.catalog
        guard name != nil || !catalog.entries.isEmpty else {  // no menu to open (issue 10)
            printError("raftlab: \(lookup.notFound())")
            throw ExitCode(2)
        }
        let entry = try name.map(lookup.entry)
        if let cast { try LiveCast.check(cast) }
        try LiveTerminal.require("a lesson", instead: "Without a terminal, print a lesson's transcript with `raftlab run FILE`.")
        let wanted = Lang(rawValue: Language.detect(explicit: lang?.rawValue, environment: environment)) ?? .en
        let store = ProgressStore(environment: environment)
        let session = try LiveTerminal.open(environment: environment)
        let language = LiveTerminal.language(wanted, on: session)
        for note in store.notes + catalog.problems { session.log.write(note) }
        let world = ClusterWorld(entry?.scenario.cluster ?? .raft(.defaultCluster))
        let runtime = Runtime(world: world, speed: speed, onChange: Sandbox.waker(session))
        runtime.send(.pause)
        var state = AppState(picture: ClusterPicture(), lang: language, colors: session.backend.depth != .none)
        state.player.catalog = catalog.entries.map(\.listing)
        state.player.progress = store.lessons
        state.player.lang = language.rawValue
        let entries = catalog.entries + (entry.map { e in catalog.entries.contains { $0.id == e.id } ? [] : [e] } ?? [])
        let host = LessonHost(store: store, entries: entries, unshown: entry == nil ? [] : store.notes,
                              note: { session.log.write($0) })
        let recording = cast.map { _ in LiveCast.console(session, environment: environment) }
        var loop = MainLoop(runtime: runtime, console: recording ?? session, state: state, lessons: host)
        let notes = store.notes.joined(separator: " ")
        if let entry {
            for effect in Player.open(entry.listing, &loop.state) { loop.carryOut(effect) }
        } else {
            Player.openMenu(&loop.state, note: notes.isEmpty ? nil : notes)
        }
        runtime.start()
        let code = loop.run()
        runtime.stop(waiting: false)  // quit at once, even while a replay is under way
        session.finish()
        let saved = LiveCast.save(recording, to: cast)
        if code != 0 { throw ExitCode(code) }
        if !saved { throw ExitCode(1) }
    }

    /// The running executable's path (Linux: /proc/self/exe), else argv[0].
    static func executablePath() -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
    }
}

import ArgumentParser
import Foundation
import Lessons
import Recording
import Terminal

/// `raftlab cast SCENARIO -o FILE`: a scenario played as a lesson without a terminal, written
/// as an asciicast v2 recording (issue 14): byte-identical for the same inputs.
struct CastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cast",
        abstract: "Record a lesson headless as an asciicast v2 file (asciinema and its web player play it).",
        discussion: """
            SCENARIO names a lesson as `raftlab lesson` does (4, 04-who-may-lead, who-may-lead) or is the \
            path of any scenario file. The recording reads each narration (2 s plus 50 ms a character), \
            does each task by its solution's keys, answers each quiz and reads the answer; quiet stretches \
            fast-forward as in the player. The same inputs give the same bytes (no timestamp in the header). \
            NO_COLOR records without colours.
            """)

    @Argument(help: "The lesson: a number, a name, or a scenario file's path.")
    var scenario: String

    @Option(name: [.short, .customLong("output")], help: "The recording to write (a .cast file).")
    var output: String

    @Option(help: "Language: en or ko.")
    var lang: Lang = .en

    @Option(help: "The terminal's size, COLUMNSxROWS, at least 80x24.")
    var size = "80x24"

    @Option(help: "Playback speed: every time in the recording is divided by it.")
    var speed = 1.0

    @Option(help: "The directory of lessons (default: the lessons installed with raftlab, else scenarios/ here).")
    var dir: String?

    /// `--speed`'s accepted range.
    static let speeds = 0.1...100.0

    func validate() throws {
        _ = try Self.parseSize(size)
        guard Self.speeds.contains(speed) else {
            throw ValidationError("--speed must be from 0.1 to 100 (the recording's times are divided by it), found \(speed)")
        }
    }

    /// "120x36" as columns and rows, at least 80x24 (the screen's smallest) and at most 1000x1000.
    static func parseSize(_ text: String) throws -> (width: Int, height: Int) {
        let parts = text.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              (80...1000).contains(width), (24...1000).contains(height) else {
            throw ValidationError("--size must be COLUMNSxROWS from 80x24 to 1000x1000, such as 120x36; found \(ShownText.escaped(text))")
        }
        return (width, height)
    }

    func run() throws {
        let lookup = LessonLookup(dir: dir)
        let entry = try lookup.entry(scenario)
        if let problem = OutputPath.problem(writingFile: output) {
            printError("raftlab: -o \(problem)")
            throw ExitCode(2)
        }
        let (width, height) = try Self.parseSize(size)
        let environment = ProcessInfo.processInfo.environment
        let depth = ColorDepth.choose(environment: environment, hasColors: true, colors: 256)
        let settings = CastSettings(width: width, height: height, lang: lang, speed: speed, depth: depth)
        let writer: AsciicastWriter
        do {
            writer = try HeadlessCast.record(entry, catalog: lookup.catalog.entries, settings)
        } catch {
            printError("raftlab: cannot record \(ShownText.escaped(scenario)): \(error)")
            throw ExitCode(1)
        }
        do {
            try writer.write(to: output)
        } catch {
            printError("raftlab: cannot write the recording \(error)")
            throw ExitCode(1)
        }
        print("recorded \(LiveCast.summary(writer)) to \(ShownText.escaped(output)); play it with `asciinema play \(ShownText.escaped(output))`")
    }
}

import ArgumentParser
import Foundation
import Lessons

/// `raftlab run FILE`: the transcript of one scenario, stopping at a failed step.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the transcript of a scenario: events and narration with simulated times.")

    @Argument(help: "A scenario file.")
    var file: String

    @Option(help: "Language of narration and events: en or ko (default: from LANG/LC_ALL).")
    var lang: Lang?

    @Flag(help: "Also show detail events (heartbeats accepted, votes counted, entries applied).")
    var verbose = false

    func run() throws {
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(path: file)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let transcript = Transcript(lang: Language.detect(explicit: lang?.rawValue, environment: ProcessInfo.processInfo.environment),
                                    verbose: verbose)
        print(scenario.title.resolve(transcript.lang))
        var runner = ScenarioRunner(scenario)
        let failure = runner.run { line, world in
            for text in transcript.lines(line, world) { print(text) }
        }
        guard let failure else { return print("PASS \(ShownText.escaped(file))") }
        print("FAIL \(ShownText.escaped(file)): \(failure)")
        throw ExitCode(1)
    }
}

/// Writes a line to standard error; a failed write (a terminal that hung up: EIO) is dropped,
/// not fatal: `FileHandle.write(_:)` traps on it, which killed `raftlab etcd` on a lost
/// terminal before it stopped its members and removed their folder.
func printError(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
}

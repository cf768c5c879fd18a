import ArgumentParser
import Foundation
import Lessons

/// `raftlab lessons`: number, title and summary of each lesson in `scenarios/`.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lessons", abstract: "List the lessons.")

    @Option(help: "Language: en or ko (default: from LANG/LC_ALL).")
    var lang: String?

    @Option(help: "The directory of lessons.")
    var dir = "scenarios"

    func run() throws {
        let language = Language.detect(explicit: lang, environment: ProcessInfo.processInfo.environment)
        let files = ScenarioFiles.expand([dir])
        guard !files.isEmpty else {
            printError("no lessons found in \(dir)")
            throw ExitCode(2)
        }
        for path in files {
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            do {
                let scenario = try ScenarioLoader.load(path: path)
                print("\(name)  \(scenario.title.resolve(language))")
                if let summary = scenario.summary { print("    \(summary.resolve(language))") }
            } catch {
                print("\(name)  (\(error.description))")
            }
        }
    }
}

import ArgumentParser
import Foundation
import Lessons

/// `raftlab lessons`: number, title and summary of each lesson (the lessons installed with
/// raftlab, or `--dir`; `LessonCatalog.candidates` says where they are looked for).
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lessons", abstract: "List the lessons.")

    @Option(help: "Language: en or ko (default: from LANG/LC_ALL).")
    var lang: Lang?

    @Option(help: "The directory of lessons (default: the lessons installed with raftlab, else scenarios/ here).")
    var dir: String?

    func run() throws {
        let language = Language.detect(explicit: lang?.rawValue, environment: ProcessInfo.processInfo.environment)
        let here = FileManager.default.currentDirectoryPath
        guard let directory = LessonCatalog.locate(explicit: dir, workingDirectory: here, executable: Lesson.executablePath()) else {
            printError("raftlab: " + LessonCatalog.notFound(explicit: dir, workingDirectory: here, executable: Lesson.executablePath()))
            throw ExitCode(2)
        }
        let catalog = LessonCatalog.load(directory: directory)
        for entry in catalog.entries {
            print("\(ShownText.escaped(entry.id))  \(entry.scenario.title.resolve(language))")
            if let summary = entry.scenario.summary { print("    \(summary.resolve(language))") }
        }
        for problem in catalog.problems { printError(problem) }
        if !catalog.problems.isEmpty { throw ExitCode(1) }  // a lesson that does not load is worth a status
    }
}

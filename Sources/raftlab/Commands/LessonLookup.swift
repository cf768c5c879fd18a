import ArgumentParser
import Foundation
import Lessons

/// How `raftlab lesson NAME` and `raftlab cast NAME` find a lesson (issue 10): a number or a
/// name in the catalog (`--dir`, else the lessons installed with raftlab, else `scenarios/`
/// here), or the path of any scenario file.
struct LessonLookup {
    let dir: String?
    let here = FileManager.default.currentDirectoryPath
    /// The directory the catalog was loaded from, if one holds lessons.
    let directory: String?
    let catalog: LessonCatalog

    init(dir: String?) {
        self.dir = dir
        directory = LessonCatalog.locate(explicit: dir, workingDirectory: here, executable: Lesson.executablePath())
        catalog = directory.map(LessonCatalog.load) ?? LessonCatalog()
    }

    /// Where lessons were looked for, when none were found.
    func notFound() -> String {
        LessonCatalog.notFound(explicit: dir, workingDirectory: here, executable: Lesson.executablePath())
    }

    /// The lesson `name` names; else why not on standard error (the loader's file:line:column
    /// message for a scenario file), exit 2.
    func entry(_ name: String) throws -> LessonEntry {
        switch catalog.resolve(name) {
        case .success(let found): return found
        case .failure(let error):
            if !name.contains("/") && !name.hasSuffix(".yaml") && !name.hasSuffix(".yml") {
                printError("raftlab: no lesson \(name)" + (directory.map { " in \($0); `raftlab lessons` lists them" }
                                                            ?? "; \(notFound())"))
            } else {
                printError(error.description)
            }
            throw ExitCode(2)
        }
    }
}

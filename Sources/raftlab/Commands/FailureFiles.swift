import ArgumentParser
import Foundation
import Fuzzer
import Lessons

/// `fuzz --out DIR`: where failing seeds are written, checked before any seed runs (issue 10,
/// "Output files"), and each file written atomically, naming its own place in its replay line.
enum FailureFiles {
    /// Exit 2 when files cannot be written into `directory` (made when the first seed fails).
    static func check(_ directory: String) throws {
        guard let problem = OutputPath.problem(writingInto: directory) else { return }
        printError("raftlab: --out \(problem)")
        throw ExitCode(2)
    }

    /// `DIR/seed-N.yaml`.
    static func path(_ seed: UInt64, in directory: String) -> String {
        (directory.hasSuffix("/") ? directory : directory + "/") + "seed-\(seed).yaml"
    }

    /// Writes the failure file of `outcome` into `directory`; returns its text, or the problem.
    static func write(_ outcome: FuzzOutcome, at path: String, in directory: String) -> Result<String, FileProblem> {
        let yaml = ScenarioWriter.yaml(outcome.file(at: path))
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return .failure(FileProblem(path: directory, reason: "cannot be made: \(error.localizedDescription)"))
        }
        do {
            try AtomicFile.write(yaml, to: path)
        } catch {
            return .failure(error)
        }
        return .success(yaml)
    }
}

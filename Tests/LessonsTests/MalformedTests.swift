import Foundation
import Testing
import TestSupport
@testable import Lessons

/// Each file of `malformed/` starts with `# expect: LINE:COLUMN KEY`: the error the loader must report.
struct MalformedTests {
    /// The file names of the corpus, sorted.
    static let files: [String] = {
        guard let dir = Bundle.module.url(forResource: "malformed", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func corpusIsThere() {
        #expect(Self.files.count >= 15)
    }

    @Test(arguments: files)
    func refusedAtTheExpectedPosition(_ name: String) throws {
        let path = try #require(Bundle.module.url(forResource: "malformed", withExtension: nil))
            .appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expected = try #require(MalformedExpectation(firstLine: text), "\(name) lacks `# expect: LINE:COLUMN KEY`")
        do {
            let scenario = try ScenarioLoader.load(path: path)
            Issue.record("\(name) loaded: \(scenario.title.resolve("en"))")
        } catch {
            #expect(error.file == path)
            #expect("\(error.line):\(error.column) \(error.key)" == "\(expected.line):\(expected.column) \(expected.key)",
                    "\(error)")
            #expect(!error.message.isEmpty)
            #expect(error.description == "\(path):\(error.line):\(error.column): \(error.key): \(error.message)")
        }
    }
}


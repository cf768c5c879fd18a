import Foundation
import Lessons
import Words

/// Every TEXT of the lesson files checked against the glossary, each problem at the line of
/// the file that holds the word (searched from the step's own line).
enum ScenarioText {
    static func problems(_ directory: URL, _ glossary: Glossary) -> [Glossary.Problem] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        return files.flatMap { name -> [Glossary.Problem] in
            let path = directory.appendingPathComponent(name).path
            let file = "scenarios/\(name)"
            let scenario: Scenario
            do {
                scenario = try ScenarioLoader.load(path: path)
            } catch {
                return [Glossary.Problem(origin: file, word: "", why: "does not load on this branch: \(error)", text: "")]
            }
            let lines = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let names = LearnerText.names(of: scenario)
            var out: [Glossary.Problem] = []
            for (text, line) in texts(scenario) {
                for translation in text.translations {
                    let origin = "\(file):\(line)"
                    var found = glossary.checkRaw(translation.text, origin: origin)
                    if Language.base(of: translation.language) == "ko" {
                        found += glossary.checkKorean(translation.text, origin: origin, names: names)
                    }
                    out += found.map { problem in
                        var p = problem
                        p.origin = "\(file):\(locate(problem.word, in: lines, from: line)) [\(translation.language.isEmpty ? "any" : translation.language)]"
                        return p
                    }
                }
            }
            return out
        }
    }

    /// The first line at or after `from` (1-based) holding `word`; `from` when none does.
    static func locate(_ word: String, in lines: [String], from: Int) -> Int {
        let start = max(0, from - 1)
        guard start < lines.count, !word.isEmpty else { return from }
        return (start..<lines.count).first { lines[$0].lowercased().contains(word.lowercased()) }.map { $0 + 1 } ?? from
    }

    /// Each TEXT with the line of the step holding it (1 for the title and summary).
    static func texts(_ scenario: Scenario) -> [(LocalizedText, Int)] {
        var out: [(LocalizedText, Int)] = [(scenario.title, 1)]
        if let summary = scenario.summary { out.append((summary, 1)) }
        func visit(_ at: StepAt) {
            switch at.step {
            case .say(let text): out.append((text, at.line))
            case .task(let task):
                out.append((task.say, at.line))
                task.solution.forEach(visit)
            case .quiz(let quiz):
                out += ([quiz.ask] + quiz.choices + [quiz.explain]).map { ($0, at.line) }
            default: break
            }
        }
        scenario.steps.forEach(visit)
        return out
    }
}

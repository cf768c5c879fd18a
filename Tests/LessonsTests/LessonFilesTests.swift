import Foundation
import Testing
@testable import Lessons

/// The lessons in `scenarios/` (issue 3; 13 since issue 11, 15 since issue 12, 19 since issue 13): nineteen of them, each a passing test in both
/// languages, each with complete English and Korean text.
struct LessonFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let paths: [String] = ScenarioFiles.expand([root.appendingPathComponent("scenarios").path])
    static var names: [String] { paths.map { URL(fileURLWithPath: $0).lastPathComponent } }

    @Test func nineteenNumberedLessons() {
        #expect(Self.names.count == 19, "\(Self.names)")
        for (k, name) in Self.names.enumerated() {
            #expect(name.hasPrefix(String(format: "%02d-", k + 1)), "\(name) is lesson \(k + 1)")
        }
    }

    /// Runs a lesson with its transcript in `lang`; returns the failure and the event count.
    func play(_ scenario: Scenario, lang: String) -> (RunFailure?, Int, [String]) {
        var runner = ScenarioRunner(scenario)
        let transcript = Transcript(lang: lang)
        var lines: [String] = []
        let failure = runner.run { line, world in lines += transcript.lines(line, world) }
        return (failure, runner.world.eventCount, lines)
    }

    @Test(arguments: paths)
    func passesInBothLanguagesAlike(_ path: String) throws {
        let scenario = try ScenarioLoader.load(path: path)
        let (failureEn, eventsEn, linesEn) = play(scenario, lang: "en")
        let (failureKo, eventsKo, linesKo) = play(scenario, lang: "ko")
        #expect(failureEn == nil, "\(path): \(failureEn.map(String.init(describing:)) ?? "")")
        #expect(failureKo == failureEn)
        #expect(eventsKo == eventsEn, "the language must not change what happens")
        #expect(linesEn.count == linesKo.count)
    }

    @Test(arguments: paths)
    func everyTextInBothLanguages(_ path: String) throws {
        let scenario = try ScenarioLoader.load(path: path)
        var texts: [(String, LocalizedText)] = [("title", scenario.title)]
        if let summary = scenario.summary { texts.append(("summary", summary)) } else { Issue.record("\(path): no summary") }
        for (k, at) in scenario.steps.enumerated() { texts += Self.texts(of: at.step, at: "step \(k + 1)") }
        for (place, text) in texts {
            let en = text.translations.first { $0.language == "en" }?.text ?? ""
            let ko = text.translations.first { $0.language == "ko" }?.text ?? ""
            #expect(Self.isReal(en), "\(path) \(place): English missing or placeholder")
            // A quiz choice may be a name or a number ("Saturn", "acks=all"); prose must be Korean.
            let prose = !place.contains("choice")
            #expect(Self.isReal(ko) && (!prose || ko.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }),
                    "\(path) \(place): Korean missing or placeholder: \(ko)")
            #expect(ko != en || !prose, "\(path) \(place): Korean is the English text")
        }
        #expect(scenario.steps.contains { if case .task = $0.step { true } else { false } }, "\(path): no task")
        let hasQuiz = scenario.steps.contains { if case .quiz = $0.step { true } else { false } }
        #expect(hasQuiz || path.contains("/01-"), "\(path): no quiz")
    }

    static func texts(of step: Step, at place: String) -> [(String, LocalizedText)] {
        switch step {
        case .say(let t): return [("\(place) say", t)]
        case .task(let task): return [("\(place) task", task.say)]
        case .quiz(let quiz):
            return [("\(place) quiz", quiz.ask), ("\(place) explain", quiz.explain)]
                + quiz.choices.enumerated().map { ("\(place) choice \($0.offset + 1)", $0.element) }
        default: return []
        }
    }

    static func isReal(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let placeholders = ["TODO", "TBD", "FIXME", "XXX", "lorem", "..."]
        return trimmed.count >= 2 && !placeholders.contains { trimmed.localizedCaseInsensitiveContains($0) && trimmed.count < 12 }
            && !trimmed.contains("TODO")
    }

    /// Lint: every node a step or condition names is a node of its scene; quiz answers are choices.
    @Test(arguments: paths)
    func lint(_ path: String) throws {
        let scenario = try ScenarioLoader.load(path: path)
        var size = scenario.cluster.names.count
        for (k, at) in scenario.steps.enumerated() {
            if case .scene(let spec) = at.step { size = spec.names.count }
            for id in Self.nodes(in: at.step) {
                #expect((0..<size).contains(id), "\(path) step \(k + 1): unknown node \(id)")
            }
            if case .quiz(let quiz) = at.step {
                #expect((1...quiz.choices.count).contains(quiz.answer), "\(path) step \(k + 1): answer")
            }
        }
    }

    static func nodes(in step: Step) -> [NodeID] {
        switch step {
        case .command(.crash(let n)), .command(.restart(let n)), .command(.timeout(let n)),
             .command(.consume(let n)), .command(.slow(let n, _)): return [n]
        case .command(.cut(let a, let b)), .command(.drop(let a, let b)): return [a, b]
        case .command(.partition(let groups)): return groups.flatMap { $0 }
        case .command(.write(_, let to, _, _)): return to.map { [$0] } ?? []
        case .wait(let c), .expect(let c): return nodes(in: c)
        case .task(let task): return nodes(in: task.until) + task.solution.flatMap { nodes(in: $0.step) }
        default: return []
        }
    }

    static func nodes(in c: Condition) -> [NodeID] {
        var ids: [NodeID] = []
        if case .node(let n) = c.leader { ids.append(n) }
        if case .oneOf(let ns) = c.leader { ids += ns }
        ids += (c.role ?? []).map(\.node) + (c.term ?? []).map(\.node) + (c.votedFor ?? []).map(\.node)
        ids += (c.log ?? []).map(\.node) + (c.commit ?? []).map(\.node) + (c.applied ?? []).map(\.node)
        ids += (c.match ?? []).map(\.node)
        ids += (c.votedFor ?? []).compactMap(\.value)
        return ids
    }
}

import Foundation
import Lessons
import Picture
import RaftCore
import RaftSim
import Testing
@testable import Screen

/// One vocabulary, nothing raw (issue 11): every learner-visible text, in both languages, holds
/// no format syntax (`{`, `}`, snake_case names) and never mentions the study note; Korean text
/// holds no variant of docs/glossary.md's "not" column and no English word beyond its allow-list.
struct GlossaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func report(_ problems: [Glossary.Problem], _ what: String) {
        guard !problems.isEmpty else { return }
        var seen = Set<String>()
        let unique = problems.filter { seen.insert("\($0.word)|\($0.text)").inserted }
        // One issue per file (or lesson), so that no message grows too long to be shown whole.
        var groups: [(String, [Glossary.Problem])] = []
        for p in unique {
            let key = String(p.origin.prefix { $0 != ":" && $0 != " " })
            if let k = groups.firstIndex(where: { $0.0 == key }) { groups[k].1.append(p) } else { groups.append((key, [p])) }
        }
        for (key, group) in groups {
            let message = "\(group.count) problem(s) in \(what), \(key):\n" + group.map(\.description).joined(separator: "\n")
            Issue.record(Comment(rawValue: message))
        }
    }

    static func check(_ text: LearnerText, _ glossary: Glossary) -> [Glossary.Problem] {
        text.samples.flatMap { sample in
            let raw = glossary.checkRaw(sample.text, origin: "\(sample.origin) [\(sample.lang.rawValue)]")
            guard sample.lang == .ko else { return raw }
            return raw + glossary.checkKorean(sample.text, origin: "\(sample.origin) [ko]", names: text.names)
        }
    }

    @Test func theGlossaryReadsAsData() throws {
        let glossary = try Glossary.load()
        #expect(glossary.not.contains { $0.word == "엔트리" && $0.use == "항목" })
        #expect(glossary.not.contains { $0.word == "세상" })
        #expect(glossary.never.contains("스터디 노트"))
        #expect(glossary.allowed.isSuperset(of: ["Raft", "Kafka", "acks", "HW", "LEO", "ISR", "AppendEntries", "Enter", "ms"]))
        #expect(!glossary.allowed.contains("the"))
    }

    /// The checks themselves: each kind of problem is found, and plain words pass.
    @Test func theChecksFindEachProblem() throws {
        let glossary = try Glossary.load()
        #expect(glossary.checkRaw("the simulation runs: wait: {leader: Saturn}", origin: "t").map(\.word) == ["{", "}"])
        #expect(glossary.checkRaw("broken: commit_old_terms", origin: "t").map(\.word) == ["commit_old_terms"])
        #expect(glossary.checkRaw("as the study note says", origin: "t").map(\.word).contains("study note"))
        #expect(glossary.checkRaw("NOT_ENOUGH_REPLICAS: Saturn leads (term 3)", origin: "t").isEmpty)
        #expect(glossary.checkKorean("세상은 여러분의 키를 기다립니다", origin: "t").map(\.word) == ["세상"])
        #expect(glossary.checkKorean("종류 appendEntries", origin: "t").map(\.word) == ["appendEntries"])
        #expect(glossary.checkKorean("[unsafe: commit old terms]", origin: "t").map(\.word) == ["unsafe", "commit", "old", "terms"])
        #expect(glossary.checkKorean("Saturn이 리더가 될 때까지, acks=all, x=1, Pre-Vote, 100ms, r을 누르세요", origin: "t").isEmpty)
        #expect(glossary.checkKorean("엔트리 3개", origin: "t").map(\.word) == ["엔트리"])
        #expect(glossary.checkKorean("order#1을 씁니다", origin: "t", names: ["order"]).isEmpty)
    }

    /// Every `Phrase(...)` and `pick(...)` of the sources, and every Korean literal.
    @Test func theSourcesPhrasesAreWords() throws {
        let glossary = try Glossary.load()
        let literals = SourcePhrases.scan(Self.root.appendingPathComponent("Sources"))
        #expect(literals.filter(\.phrase).count > 300, "the scan finds the phrases")
        var problems: [Glossary.Problem] = []
        for literal in literals where literal.phrase || literal.korean {
            problems += glossary.checkRaw(literal.text, origin: literal.origin)
            if literal.korean { problems += glossary.checkKorean(literal.text, origin: literal.origin) }
        }
        Self.report(problems, "the sources' phrases")
    }

    /// The help, the footer and the hints, the legends, the options, notes and banners.
    @Test func theScreensWordsAreWords() throws {
        let glossary = try Glossary.load()
        let text = LearnerText.screen()
        #expect(text.samples.count > 100)
        Self.report(Self.check(text, glossary), "the screen's words")
    }

    /// Each lesson played headless: events, messages, the safety banner, the step list, steps in
    /// words, hints and failure screens, in both languages.
    @Test(arguments: LessonDriver.catalog.entries.map(\.id))
    func whatEachLessonShowsIsWords(_ id: String) throws {
        let glossary = try Glossary.load()
        let entry = try #require(LessonDriver.catalog.entries.first { $0.id == id })
        let text = LearnerText.lesson(entry)
        #expect(text.samples.count > 50)
        Self.report(Self.check(text, glossary), "lesson \(id) played headless")
    }

    /// Every TEXT of scenarios/*.yaml, by file and line. Other helpers rewrite the lessons on
    /// their branches: this part lists what they still hold.
    @Test func theLessonsTextIsWords() throws {
        let glossary = try Glossary.load()
        let problems = ScenarioText.problems(Self.root.appendingPathComponent("scenarios"), glossary)
        Self.report(problems, "scenarios/*.yaml")
    }
}

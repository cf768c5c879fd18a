import Foundation
import Lessons
import Picture
import Testing
import TestSupport
@testable import Screen

/// Issue 11: at 80x24 a quiz and its answer never push the cluster map off the screen. For
/// every quiz of every lesson, in both languages, answered right and wrong: the cluster view
/// keeps its rows and every card lies whole inside it, and the verdict is in view (the text
/// above it scrolls, with a mark).
struct QuizLayoutTests {
    struct Case: Sendable, CustomStringConvertible {
        let lesson: String
        let lang: Lang
        var description: String { "\(lesson)-\(lang.rawValue)" }
    }

    static let cases: [Case] = LessonDriver.catalog.entries.flatMap { entry in
        Lang.allCases.map { Case(lesson: entry.id, lang: $0) }
    }

    @Test(arguments: cases)
    func theClusterStaysWhileAQuizIsAnswered(_ c: Case) throws {
        let entry = try #require(LessonDriver.catalog.entries.first { $0.id == c.lesson })
        for (k, at) in entry.scenario.steps.enumerated() {
            guard case .quiz(let quiz) = at.step else { continue }
            for choice in Set([quiz.answer, quiz.answer % quiz.choices.count + 1]) {
                var d = LessonDriver(entry, lang: c.lang, width: 80, height: 24)
                d.jump(to: k)
                check(d.state, "\(c) step \(k + 1) open")
                d.press(Character(String(choice)))
                check(d.state, "\(c) step \(k + 1) answered \(choice)")
                let words = LessonWords(c.lang)
                let verdict = choice == quiz.answer ? words.right : words.wrong(quiz.answer)
                let text = Render.screen(d.state).lines
                #expect(text.contains { $0.contains(verdict) }, "\(c) step \(k + 1): the verdict in view")
                if NarrationView.overflows(d.state, Layout.of(d.state)) {
                    #expect(text.contains { $0.contains("━ ") && ($0.contains("↑") || $0.contains("↓ " + words.more)) },
                            "\(c) step \(k + 1): a mark says more text is there")
                }
            }
        }
    }

    func check(_ state: AppState, _ what: String) {
        let layout = Layout.of(state)
        #expect(layout.cluster.height >= Layout.clusterFloor, "\(what): cluster \(layout.cluster)")
        let cards = ClusterGeometry.cards(state)
        #expect(cards.count == state.nodeCount)
        for card in cards {
            #expect(card.height >= 2 && card.y >= layout.cluster.y && card.maxY <= layout.cluster.maxY
                    && card.x >= 0 && card.maxX <= 80, "\(what): card \(card) in \(layout.cluster)")
        }
    }
}

import Foundation
import Lessons
import Picture
import RaftCore
import Testing
import TestSupport
@testable import Screen

/// Lesson 11 shows what it claims (issue 11): the throughput meter's figures at the steps
/// whose narration reads them, and a log table that follows the commit point.
struct LessonElevenTests {
    static var eleven: LessonEntry { LessonDriver.catalog.find("11")! }

    /// The driver at the `n`th narration (0-based) whose English text contains `words`.
    static func at(_ words: String, _ n: Int = 0, width: Int = 80, height: Int = 24) -> LessonDriver {
        var d = LessonDriver(eleven, width: width, height: height)
        let says = eleven.scenario.steps.enumerated().filter {
            if case .say(let text) = $0.element.step { text.resolve("en").contains(words) } else { false }
        }
        d.jump(to: says[n].offset)
        return d
    }

    /// (setting, writes/s x10, writes per round trip x10, round trip ms) of each meter line.
    static func meter(_ d: LessonDriver) -> [String] {
        d.state.picture.throughput.map {
            "\($0.setting.en): \($0.perSecondTenths ?? -1) \($0.perRoundTripTenths ?? -1) \($0.roundTrip ?? -1)"
        }
    }

    @Test func batchingFourTimesThePerRoundTripOfOneEntryAMessage() {
        #expect(Self.meter(Self.at("Twelve writes took twelve round trips")) == ["batch 1 · pipelining off: 333 10 30"])
        #expect(Self.meter(Self.at("The meter now has two lines")) == [
            "batch 1 · pipelining off: 333 10 30", "batch 4 · pipelining off: 1333 40 30",
        ])
    }

    @Test func pipeliningAgainstBatchingAloneOnTheSlowLink() {
        #expect(Self.meter(Self.at("Sixteen writes, four round trips")) == ["batch 4 · pipelining off: 400 40 100"])
        let d = Self.at("Side by side on the meter")
        #expect(Self.meter(d) == ["batch 4 · pipelining off: 400 40 100", "batch 4 · pipelining on: 1600 160 100"])
        // Drawn side by side at 80x24, in both languages, the setting in force marked.
        let text = Render.screen(d.state).lines
        let row = try? #require(text.firstIndex { $0.hasPrefix("Throughput") })
        #expect(row.map { text[$0].contains("  batch 4 · pipelining off  40.0 writes/s · 4.0 per round trip") } == true)
        #expect(row.map { text[$0 + 1].contains("▸ batch 4 · pipelining on   160 writes/s · 16.0 per round trip") } == true)
        var ko = d.state
        ko.lang = .ko
        let korean = Render.screen(ko).lines
        #expect(korean.contains { $0.contains("배치 4 · 파이프라이닝 켜짐") && $0.contains("초당 160건 · 왕복당 16.0건") })
    }

    /// Every narration, task and open quiz fits the pane at 80x24 without scrolling, the
    /// meter's lines and the cluster's cards on screen beside it.
    @Test(arguments: Lang.allCases)
    func everyStepFitsAt80x24(_ lang: Lang) {
        var d = LessonDriver(Self.eleven, lang: lang, width: 80, height: 24)
        for (k, at) in Self.eleven.scenario.steps.enumerated() {
            switch at.step {
            case .say, .task, .quiz: break
            default: continue
            }
            d.jump(to: k)
            let overflows = NarrationView.overflows(d.state, Layout.of(d.state))
            #expect(!overflows, "\(lang) step \(k + 1)")
        }
    }

    @Test func theCatchUpSceneShowsNoMeterWithTheDefaults() {
        #expect(Self.meter(Self.at("This is catch-up")).isEmpty)
    }

    /// While 50 writes wait on slow Jupiter, the log table shows the leader's commit point and
    /// what follows it, not the head of the logs; after `<` it stays put until the next step.
    @Test func theLogTableFollowsTheCommitPoint() throws {
        var d = Self.at("All 50 writes are committed")
        let commit = try #require(d.state.picture.nodes[0].commit)
        #expect(commit == 51)
        let first = LogTableView.firstIndex(d.state)
        #expect(first <= commit && commit < first + LogTableView.columns(80))
        d.press("<")
        #expect(d.state.logScroll == first - 1)
        d.press(.enter)  // the next step: following again
        #expect(d.state.logScroll == nil)
    }
}

import Foundation
import Picture
import Testing
import TestSupport
import RaftCore
import RaftSim
@testable import Screen

/// The header in a lesson (issue 11, "No dead time"): a quiet stretch fast-forwarded shows
/// "⏩ ×8" beside the learner's speed; a paused world says so and shows no fast-forward. A
/// golden text of the header row in both languages, wide and narrow.
struct HeaderBoostTests {
    static func state(lang: Lang, width: Int, paused: Bool = false, speed: Double = 0.02, boost: Int = 1,
                      reached: Double? = nil) -> AppState {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.seed = 10
        var world = RaftWorld(spec)
        world.run(for: 1_234)
        var state = AppState.of(world, lang: lang, paused: paused, speed: speed)
        state.picture.run.boost = boost
        state.picture.run.reached = reached
        let title = LocalizedText(translations: [
            .init(language: "en", text: "Heartbeats: liveness, timeouts and the commit index"),
            .init(language: "ko", text: "하트비트: 생존 신호, 선거 타임아웃, 그리고 커밋 인덱스"),
        ])
        let steps = Array(repeating: StepSummary(kind: .say, text: LocalizedText("A narration.")), count: 41)
        state.picture.lesson = LessonReport(id: "10-heartbeats", number: 10, title: title, summary: nil, steps: steps,
                                            index: 2, phase: .running(step: Phrase(en: "the simulation runs for 0.5 s", ko: "시뮬레이션이 0.5초 진행됩니다"), previous: nil), scene: nil,
                                            note: nil, nodes: spec.names)
        state.player.lang = lang.rawValue
        state.width = width
        state.height = 36
        return state
    }

    static func header(_ state: AppState) -> String {
        var buffer = ScreenBuffer(width: state.width, height: 1)
        HeaderView.draw(state, into: &buffer, rect: Rect(x: 0, y: 0, width: state.width, height: 1))
        return buffer.text
    }

    @Test func theHeaderShowsTheFastForward() throws {
        var rows: [String] = []
        for lang in Lang.allCases {
            for width in [120, 80] {
                rows.append(Self.header(Self.state(lang: lang, width: width, boost: 8)))
                rows.append(Self.header(Self.state(lang: lang, width: width, boost: 64, reached: 0.3)))
                rows.append(Self.header(Self.state(lang: lang, width: width, paused: true)))
            }
        }
        try GoldenTests.compare(rows.joined(separator: "\n") + "\n", name: "header-boost.txt")
    }

    /// `⏩` takes two columns, as terminals (wcwidth) draw it.
    @Test func theFastForwardGlyphIsWide() {
        #expect(CharWidth.of("⏩") == 2)
        #expect(CharWidth.of(HeaderView.boost(8)) == 5)
    }

    @Test func theBoostShowsOnlyAboveOne() {
        let plain = Self.header(Self.state(lang: .en, width: 120))
        #expect(!plain.contains("⏩"))
        let boosted = Self.header(Self.state(lang: .en, width: 120, speed: 0.05, boost: 4))
        #expect(boosted.contains("speed ×0.05 ⏩ ×4 │ ▶ running"))
    }

    /// The speed reached is measured against the speed asked for, the boost included.
    @Test func theReachedSpeedIsMeasuredAgainstTheBoostedSpeed() {
        let keepingUp = Self.header(Self.state(lang: .en, width: 120, speed: 1, boost: 64, reached: 60))
        #expect(keepingUp.contains("⏩ ×64 │") && !keepingUp.contains("reached"))
        let fallingShort = Self.header(Self.state(lang: .en, width: 120, speed: 1, boost: 64, reached: 29))
        #expect(fallingShort.contains("⏩ ×64 (×29 reached)"))
    }
}

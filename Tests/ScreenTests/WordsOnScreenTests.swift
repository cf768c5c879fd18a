import Picture
import Testing
@testable import Screen

/// The screen's own words (issue 11): numbers keep their units when text wraps, the step
/// list's titles, key names with the right Korean particle.
struct WordsOnScreenTests {
    /// "100 ms" is never broken into "100" / "ms", in either language.
    @Test func aNumberKeepsItsUnit() {
        let lines = TextWrap.lines("the heartbeat comes every 100 ms here", width: 29)
        #expect(lines == ["the heartbeat comes every", "100 ms here"])
        let ko = TextWrap.lines("하트비트는 100 ms마다, 선거는 300 ms.", width: 20)
        #expect(ko.allSatisfy { !$0.hasSuffix("100") && !$0.hasSuffix("300") }, "\(ko)")
        #expect(TextWrap.lines("wait 2 s.", width: 6) == ["wait", "2 s."])
        #expect(TextWrap.lines("3 nodes", width: 3) == ["3", "nod", "es"], "only units stay with their numbers")
    }

    @Test func theStepListShowsFirstSentences() {
        #expect(StepListView.firstSentence("Saturn crashed. Now watch.") == "Saturn crashed. …")
        #expect(StepListView.firstSentence("Is 5.4.1 right? Yes.") == "Is 5.4.1 right? …")
        #expect(StepListView.firstSentence("One line only.") == "One line only.")
        #expect(StepListView.firstSentence("First line\nsecond line") == "First line …")
        #expect(StepListView.firstSentence("Saturn이 다운됐습니다. 지켜보세요.") == "Saturn이 다운됐습니다. …")
        let words = LessonWords(.en)
        let task = StepListView.line(StepSummary(kind: .task, text: LocalizedText("Crash Saturn. Then watch.")), words, "en")
        #expect(task.0 == "Your turn: Crash Saturn. …")
    }

    /// After the key r (read 알) the particle is 을; after t (read 티) it is 를.
    @Test func keyNamesTakeTheirParticles() {
        let words = LessonWords(.ko)
        #expect(words.selectThen("Saturn", digit: 2, key: "r", what: "재시작") == "2로 Saturn을 고르고 r을 누르세요 (재시작)")
        #expect(words.press("t", what: "타임아웃") == "t를 누르세요 (타임아웃)")
        #expect(words.taskWaits.contains("일시 정지") && !words.taskWaits.contains("세상"))
    }
}

import Lessons
import Picture
import RaftSim
import Testing
@testable import Screen

/// The banner of a new scene names the settings in force: lesson 8 starts its acks=1 scene at
/// acks=0 and asks the learner to press `a`; after that the banner says acks=1, as the header does.
struct SceneBannerTests {
    @Test(arguments: Lang.allCases)
    func theBannerFollowsTheAcksTheLearnerSwitched(_ lang: Lang) throws {
        let entry = try #require(LessonDriver.catalog.entries.first { $0.id.hasPrefix("08-") })
        let k = try #require(entry.scenario.steps.indices.first { k in
            guard k > 0, case .scene = entry.scenario.steps[k - 1].step, case .task = entry.scenario.steps[k].step else { return false }
            return true
        })
        var d = LessonDriver(entry, lang: lang)
        d.jump(to: k)
        #expect(d.state.lesson?.scene?.acks == "0")
        d.press("a")
        d.settle()
        #expect(d.world.acks.rawValue == "1")
        #expect(d.lesson.index > k)
        let banner = try #require(d.state.lesson?.scene)
        #expect(banner.acks == "1")
        #expect(LessonWords(lang).scene(banner).contains("acks=1"))
    }
}

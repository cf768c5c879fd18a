import KafkaCore
@testable import RaftSim
import Testing

/// `t` in kafka mode (issue 12, "Keys"): no replica has an election timer, so the key changes
/// nothing and one line says that the controller, not a timer, picks leaders [Kafka docs,
/// "Replication"]; Raft's `t` is untouched.
struct KafkaTimeoutTests {
    static func world() -> KafkaWorld {
        var w = KafkaWorld(KafkaWorldSpec(names: KafkaWorldTests.planets))
        w.run(for: 50)
        _ = w.takeEvents()
        return w
    }

    @Test(arguments: [0, 1, 2])
    func everyNodeSaysTheControllerPicksLeadersAndNothingChanges(_ node: Int) {
        var w = Self.world()
        if node == 2 { w.crash(2) }
        let before = (w.engine.leader, w.engine.epoch, w.engine.isr)
        _ = w.takeEvents()
        w.apply(.timeout(node))
        let events = w.takeEvents().map(\.kind)
        #expect(events == [.ignored(node, .controllerElects)])
        #expect(w.ignored(.timeout(node)) == .controllerElects)
        #expect(before == (w.engine.leader, w.engine.epoch, w.engine.isr))
    }

    @Test func theLineSaysItInEnglishAndKorean() {
        let kind = SimEvent<KafkaEngine>.Kind.ignored(1, .controllerElects)
        let en = KafkaWorldTextTests.line(kind)
        let ko = KafkaWorldTextTests.line(kind, KafkaWorldTextTests.ko)
        #expect(en == "Saturn has no election timer to fire: in Kafka the controller, not a timer, picks leaders; "
                + "it elects one from the ISR when it notices that the leader crashed")
        #expect(ko.hasPrefix("Saturn에는 만료시킬 선거 타이머가 없습니다: Kafka에서는 타이머가 아니라 컨트롤러가 리더를 고릅니다"))
        #expect(!en.contains("forced to fire") && !en.contains("heartbeats"))
    }

    @Test func raftsTimeoutStillFiresAndALeaderStillSaysItHasNoTimer() {
        var w = RaftWorld(WorldSpec(names: KafkaWorldTests.planets))
        w.run(for: 1000)
        let leader = w.currentLeader ?? 0
        #expect(w.ignored(.timeout(leader)) == .timeoutLeader)
        #expect(w.ignored(.timeout((leader + 1) % 3)) == nil)
    }
}

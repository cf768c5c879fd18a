import Picture
import Testing
import TestSupport
import KafkaCore
import RaftCore
import RaftSim
@testable import Screen

/// The keys of Raft past the basics (raft-extensions.md): S R v T A D on the selected node,
/// the read mode cycling, and each refused in words where Kafka runs.
struct ExtensionKeysTests {
    func press(_ c: Character, _ s: inout AppState) -> [Effect] { Update.apply(&s, .key(.char(c))) }

    @Test func eachActsOnTheSelectedNodeOrTheReadMode() {
        var s = AppState.of(RaftWorld(WorldSpec(names: Array(WorldSpec.planets.prefix(3)))))
        s.width = 120
        s.height = 36
        _ = press("2", &s)
        #expect(press("S", &s) == [.action(.snapshot(1))])
        #expect(press("T", &s) == [.action(.transfer(1))])
        #expect(press("A", &s) == [.action(.addMember(1))])
        #expect(press("D", &s) == [.action(.removeMember(1))])
        #expect(press("R", &s) == [.action(.read(.readIndex, selected: s.selected))])
        #expect(press("v", &s).isEmpty && s.readMode == .lease)
        #expect(press("R", &s) == [.action(.read(.lease, selected: s.selected))])
        _ = press("v", &s)
        #expect(s.readMode == .local)
        _ = press("v", &s)
        #expect(s.readMode == .readIndex)
        #expect(press("V", &s).isEmpty && s.eventsLarge)  // the events pane moved to V
    }

    @Test func kafkaModeSaysTheyAreRafts() {
        var s = KafkaPlayTests.state(KafkaWorld(KafkaWorldSpec(names: Array(WorldSpec.planets.prefix(3)))), 120, 36)
        for key: Character in ["S", "R", "v", "T", "A", "D"] {
            #expect(press(key, &s).isEmpty, "key \(key)")
            #expect(s.notice?.contains("Kafka mode has none of it") == true, "key \(key)")
        }
        #expect(s.readMode == .readIndex)
    }
}

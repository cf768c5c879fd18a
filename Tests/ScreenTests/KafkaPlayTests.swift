import KafkaCore
import Picture
import RaftSim
import Testing
import TestSupport
@testable import Screen

/// What a newcomer met playing `--mode kafka` (issue 12, items 2 and 3): the footer and help
/// never call `t` a timeout, the client shows refused writes, inspect shows Kafka's fields, the
/// legend speaks Kafka (in Korean too), the controller's line keeps its next noticing.
@Suite struct KafkaPlayTests {
    typealias P = KafkaPictureTests

    static func state(_ world: KafkaWorld, _ width: Int, _ height: Int, lang: Lang = .en, overlay: Overlay? = nil) -> AppState {
        var s = AppState(picture: P.picture(world), lang: lang)
        s.width = width
        s.height = height
        s.overlay = overlay
        return s
    }

    /// min.insync.replicas 2, Saturn and Jupiter crashed and noticed: Neptune alone in the ISR
    /// answers an acks=all write with NOT_ENOUGH_REPLICAS [Partition `appendRecordsToLeader`].
    static func refusing() -> KafkaWorld {
        var spec = KafkaWorldSpec(names: P.planets)
        spec.settings.minInsyncReplicas = 2
        var w = KafkaWorld(spec)
        w.run(for: 50)
        w.crash(1)
        w.crash(2)
        w.run(for: 400)
        w.write("a=1")
        w.run(for: 100)
        return w
    }

    /// The same, the write sent before the controller notices: appended, then committed with
    /// the ISR below the minimum, NOT_ENOUGH_REPLICAS_AFTER_APPEND [`checkEnoughReplicasReachOffset`].
    static func refusingAfterAppend() -> KafkaWorld {
        var spec = KafkaWorldSpec(names: P.planets)
        spec.settings.minInsyncReplicas = 2
        var w = KafkaWorld(spec)
        w.run(for: 50)
        w.crash(1)
        w.crash(2)
        w.write("a=1")
        w.run(for: 500)
        return w
    }

    @Test(arguments: Lang.allCases)
    func theFooterOffersSlowNotTimeoutInKafkaMode(_ lang: Lang) {
        let kafka = FooterView.hints(Self.state(P.running(), 160, 48, lang: lang)).map(\.key)
        #expect(!kafka.contains("t") && kafka.contains("s"))
        let raft = AppState(picture: ClusterPicture.of(RaftWorld(WorldSpec(names: P.planets))), lang: lang)
        #expect(FooterView.hints(raft).map(\.key).contains("t"))
    }

    @Test(arguments: Lang.allCases)
    func theHelpSaysTheControllerPicksLeaders(_ lang: Lang) {
        let rows = UIWords(lang).keys(kafka: true)
        let t = rows.first { $0.key.hasSuffix("t") }
        #expect(t?.word == Phrase(en: "slow the selected node's links / no election timer: the controller picks leaders",
                                  ko: "선택한 노드의 링크를 느리게 / 선거 타이머 없음: 컨트롤러가 리더를 고름")[lang])
        #expect(rows.count == UIWords(lang).keys.count)
        let text = Render.screen(Self.state(P.running(), 160, 48, lang: lang, overlay: .help)).text
        #expect(!text.contains("fire its election timer now") && !text.contains("선거 타이머를 지금 만료"))
    }

    @Test func theClientCountsAndNamesNotEnoughReplicas() {
        let p = P.picture(Self.refusing())
        #expect(p.clients.refused == [.notEnoughReplicas: 1] && p.clients.acked == 0)
        for (width, height) in P.sizes {
            let text = Render.screen(Self.state(Self.refusing(), width, height)).text
            #expect(text.contains("refused 1"), "\(width)x\(height)\n\(text)")
            // The client's box names the error, shorter in a narrow corner.
            #expect(text.contains("NOT_ENOUGH_REPLICAS 1") || text.contains("not enough ISR 1"), "\(width)x\(height)\n\(text)")
            #expect(!text.contains("no write waiting"), "the error says more\n\(text)")
        }
        let ko = Render.screen(Self.state(Self.refusing(), 120, 36, lang: .ko)).text
        #expect(ko.contains("거절 1") && (ko.contains("NOT_ENOUGH_REPLICAS 1") || ko.contains("복제본 부족 1")))
    }

    @Test func theClientNamesNotEnoughReplicasAfterAppend() {
        let p = P.picture(Self.refusingAfterAppend())
        #expect(p.clients.refused == [.notEnoughReplicasAfterAppend: 1])
        let text = Render.screen(Self.state(Self.refusingAfterAppend(), 120, 36)).text
        #expect(text.contains("…_AFTER_APPEND 1") && text.contains("refused 1"), "\(text)")
    }

    @Test func raftsClientNeverSaysRefused() {
        let p = ClusterPicture.of(RaftWorld(WorldSpec(names: P.planets)))
        #expect(p.clients.refused.isEmpty)
    }

    @Test(arguments: Lang.allCases)
    func inspectShowsEpochLEOHWAndISRNotTermVoteCommit(_ lang: Lang) {
        var s = Self.state(P.running(), 120, 36, lang: lang, overlay: .inspect)
        let leader = InspectOverlay.content(s, width: 80).lines.map(\.text).joined(separator: "\n")
        let words = UIWords(lang)
        for word in [words.leaderEpoch, words.hwCheckpoint, words.isrPlace, words.followersLEO, "LEO 2"] {
            #expect(leader.contains(word), "\(word)\n\(leader)")
        }
        for raft in [words.term, words.votedFor, words.commitWord, words.kvState, words.peers] {
            #expect(!leader.contains(raft), "\(raft)\n\(leader)")
        }
        s.selected = 2
        let crashed = InspectOverlay.content(s, width: 80).lines.map(\.text).joined(separator: "\n")
        #expect(crashed.contains(words.isrPlace(inISR: false, up: false)) && crashed.contains(words.volatileLost))
    }

    @Test func inspectNamesTheLogsOffsets() {
        let words = UIWords(.en)
        #expect(words.kafkaLogSummary(leo: 0, lastEpoch: 0) == "empty (LEO 0)")
        #expect(words.kafkaLogSummary(leo: 1, lastEpoch: 1) == "LEO 1: offset 0, last epoch 1")
        #expect(words.kafkaLogSummary(leo: 3, lastEpoch: 2) == "LEO 3: offsets 0–2, last epoch 2")
    }

    @Test func inspectSaysACrashNotYetNoticedKeepsItsISRPlace() {
        var w = P.world()
        w.run(for: 50)
        w.crash(2)
        w.run(for: 100)
        var s = Self.state(w, 120, 36, overlay: .inspect)
        s.selected = 2
        let text = InspectOverlay.content(s, width: 80).lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("still in the ISR: the controller has not noticed the") && text.contains("crash yet"))
    }

    @Test func theLegendsClientPartitionAndDiagramSpeakKafka() {
        let text = LegendOverlay.lines(Self.state(P.running(), 120, 36), width: 110).map(\.text).joined(separator: "\n")
        #expect(text.contains("every ISR member has the record") && text.contains("NOT_ENOUGH_REPLICAS_AFTER_APPEND"))
        #expect(text.contains("so a partition moves no leadership"))
        #expect(!text.contains("a group without a majority") && !text.contains("an election starts"))
        #expect(!text.contains("answered once the write is committed"))
    }

    @Test func theKoreanLegendTagsKafkasDesignInKorean() {
        let text = LegendOverlay.lines(Self.state(P.running(), 120, 36, lang: .ko), width: 110).map(\.text).joined(separator: "\n")
        #expect(text.contains("[Kafka: 복제]") && !text.contains("Kafka: Replication"))
        #expect(text.contains("[Kafka: acks]"))
    }

    /// After Jupiter's crash the line keeps when the controller will notice it at every size
    /// the line has room for, and always names the controller.
    @Test(arguments: [(120, 36), (160, 48)])
    func theControllersLineKeepsItsNextNoticing(_ size: (Int, Int)) {
        var w = P.world()
        w.run(for: 50)
        w.crash(2)
        w.run(for: 100)
        let text = Render.screen(Self.state(w, size.0, size.1)).text
        #expect(text.contains("controller · ") && text.contains("notices Jupiter's crash at 0.350s"), "\(text)")
    }
}

extension OverlayView.Line {
    /// The line's text without its styles.
    var text: String { runs.map(\.text).joined() }

}

/// What a follower's card claims with no leader up.
@Suite struct KafkaOfflineCardTests {
    typealias P = KafkaPictureTests

    /// With the partition offline (its only ISR member down and noticed), a follower's card
    /// does not claim a leader's record of its LEO: no leader is up to keep one.
    @Test func anOfflinePartitionShowsNoLeadersRecord() {
        var spec = KafkaWorldSpec(names: P.planets)
        spec.settings.initialISR = NodeSet([0])
        var w = KafkaWorld(spec)
        w.crash(0)  // before any follower could fetch and join the ISR
        w.run(for: 400)
        #expect(w.engine.leader == nil)
        let text = Render.screen(KafkaPlayTests.state(w, 160, 48)).text
        #expect(!text.contains("leader knows LEO"), "\(text)")
        #expect(text.contains("offline: no ISR member is up"), "\(text)")
    }
}

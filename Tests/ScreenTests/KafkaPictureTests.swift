import KafkaCore
import Picture
import RaftSim
import Testing
import TestSupport
@testable import Screen

/// The Kafka partition on screen (issue 12, "On screen"): cards with epoch, LEO, HW and ISR
/// place, the controller's line, Fetch messages, at 80x24, 120x36 and 160x48; the options
/// panel's rows (kafka-mode.md, "Settings").
@Suite struct KafkaPictureTests {
    static let planets = ["Neptune", "Saturn", "Jupiter"]
    static let sizes = [(80, 24), (120, 36), (160, 48)]

    static func world() -> KafkaWorld {
        var spec = KafkaWorldSpec(names: planets)
        spec.seed = 12
        return KafkaWorld(spec)
    }

    /// Two writes committed, then Jupiter crashed long enough for the controller to notice, and
    /// the moment a Fetch is on its way.
    static func running() -> KafkaWorld {
        var w = world()
        w.run(for: 50)
        w.write("x=1")
        w.write("y=2")
        w.run(for: 200)
        w.crash(2)
        w.run(for: 400)
        _ = w.wait(limit: 500) { $0.network.envelopes.contains { $0.message.kind == .fetch } }
        return w
    }

    static func picture(_ world: KafkaWorld) -> ClusterPicture {
        var copy = world
        let events = copy.takeEvents().map(world.eventPicture)
        return world.picture(run: RunPicture(seed: world.seed), events: events)
    }

    static func screen(_ world: KafkaWorld, _ width: Int, _ height: Int, lang: Lang = .en) -> ScreenBuffer {
        var s = AppState(picture: picture(world), lang: lang)
        s.width = width
        s.height = height
        return Render.screen(s)
    }

    @Test func thePictureHoldsTheReplicasAndTheController() throws {
        let w = Self.running()
        let p = Self.picture(w)
        let neptune = try #require(p.nodes[0].kafka)
        #expect(neptune.epoch == 1 && neptune.leo == 2 && neptune.hw == 2 && neptune.inISR)
        #expect(neptune.followers.map(\.node) == [1, 2])
        #expect(p.nodes[2].kafka?.inISR == false && p.nodes[2].role == nil)
        #expect(p.nodes[1].kafka?.fetchesFrom == 0)
        let controller = try #require(p.controller)
        #expect(controller.isr == [0, 1] && controller.leader == 0 && controller.epoch == 1)
        #expect(controller.decision.en == "elected Neptune for epoch 1")
        #expect(p.nodes[0].log.runs == [TermRun(term: 1, count: 2)] && p.nodes[0].commit == 2)
    }

    @Test func aCrashNotYetNoticedKeepsItsISRPlaceAndTheControllerSaysWhenItWillNotice() throws {
        var w = Self.world()
        w.run(for: 50)
        w.crash(2)
        w.run(for: 100)
        let p = Self.picture(w)
        #expect(p.nodes[2].kafka?.inISR == true)
        #expect(p.controller?.next?.en == "notices Jupiter's crash at 0.350s")
        let text = Self.screen(w, 120, 36).text
        #expect(text.contains("still in ISR"))
    }

    @Test(arguments: sizes)
    func cardsControllerAndFetchFitEverySize(_ size: (Int, Int)) {
        let (width, height) = size
        let buffer = Self.screen(Self.running(), width, height)
        let text = buffer.text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == height)
        for line in lines { #expect(CharWidth.of(String(line)) == width, "\(line)") }
        for word in ["LEO 2", "HW 2", "ISR", "crashed"] { #expect(text.contains(word), "\(word) at \(width)x\(height)\n\(text)") }
        #expect(text.contains("e1") || text.contains("epoch 1"))
        #expect(text.contains("controller") || text.contains("ctrl"), "the controller at \(width)x\(height)\n\(text)")
        #expect(text.contains("offset"), "offsets in the log table")
        if width >= 120 {
            #expect(text.contains("epoch 1") && text.contains("in ISR") && text.contains("out of ISR"))
            #expect(text.contains("controller · ") && text.contains("ISR Neptune, Saturn · elected Neptune for epoch 1"), "\(text)")
            #expect(text.contains("fetches from Neptune"))
            #expect(text.range(of: #"F2[↑↓←→↖↗↘↙]|[↑↓←→↖↗↘↙]F2"#, options: .regularExpression) != nil, "a Fetch label\n\(text)")
        }
    }

    @Test func koreanCardsSpeakOfEpochsAndTheController() {
        let text = Self.screen(Self.running(), 160, 48, lang: .ko).text
        #expect(text.contains("에포크 1") && text.contains("ISR 안") && text.contains("컨트롤러"))
        #expect(text.contains("오프셋"))
    }

    @Test func aFetchIsAPullInItsLabelAndItsExplanation() throws {
        let w = Self.running()
        let p = Self.picture(w)
        let fetch = try #require(p.messages.first { $0.look.label.en == "F2" })
        #expect(p.nodes[fetch.link.to].role == .leader, "a Fetch goes follower→leader")
        let explain = try #require(fetch.explain)
        #expect(explain.fields.contains { $0.value.en.hasPrefix("follower → leader") })
        #expect(explain.rule.en.contains("pull") && explain.rule.en.contains("[Kafka: Replication]"))
        #expect(explain.rule.ko.contains("[Kafka: 복제]"))
        let marks = p.settings.marks.map(\.mark.en)
        for label in ["F5", "R3", "HW4", "R✗", "E2?", "T5"] { #expect(marks.contains(label)) }
        #expect(p.settings.marks.allSatisfy { !$0.rules.isEmpty } && p.settings.nodeMarks.allSatisfy { !$0.rules.isEmpty })
    }

    @Test func theLegendShowsKafkasCardMarks() {
        var s = AppState(picture: Self.picture(Self.running()))
        s.width = 120
        s.height = 36
        s.overlay = .legend
        let text = Render.screen(s).text
        #expect(text.contains("Cards, controller and log table") && text.contains("LEO 5"))
        #expect(!text.contains("vote Mars"))
    }

    /// Every row of the options panel steps forward and back to where it was; its label names
    /// the Kafka setting with words beside it; `leader_epochs` and `isr` have no row.
    @Test func everyOptionRowRoundTrips() throws {
        var w = Self.world()
        w.run(for: 20)
        let rows = KafkaEngine.options(w)
        #expect(rows.map(\.id) == ["acks", "min_insync_replicas", "unclean_leader_election", "replica_lag_time_max",
                                   "strict_min_isr", "batch", "fetch_wait", "fetch_timeout", "session_timeout", "latency"])
        #expect(rows[1].label.en.hasPrefix("min.insync.replicas (") && rows[1].label.ko.hasPrefix("min.insync.replicas ("))
        for row in rows {
            let before = try #require(KafkaEngine.options(w).first { $0.id == row.id }).value
            w.configure(try #require(KafkaEngine.change(option: row.id, forward: true, w)))
            let after = try #require(KafkaEngine.options(w).first { $0.id == row.id }).value
            #expect(after != before, "\(row.id) changes")
            w.configure(try #require(KafkaEngine.change(option: row.id, forward: false, w)))
            #expect(KafkaEngine.options(w).first { $0.id == row.id }?.value == before, "\(row.id) comes back")
        }
        #expect(w.settings == Self.world().settings && w.acks == .all)
        #expect(KafkaEngine.change(option: "leader_epochs", forward: true, w) == nil)
    }

    @Test func raftHasNoController() {
        let p = ClusterPicture.of(RaftWorld(WorldSpec(names: Self.planets)))
        #expect(p.controller == nil && p.nodes.allSatisfy { $0.kafka == nil } && p.settings.nodeMarks.isEmpty)
    }
}

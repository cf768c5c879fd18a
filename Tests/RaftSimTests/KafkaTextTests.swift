import Foundation
import KafkaCore
import Testing
import TestSupport
@testable import RaftSim

/// Kafka's text (issue 12): every note, message kind and property in English and Korean, with
/// the rules that decided it; examples word for word; no format syntax; Korean in the
/// glossary's terms, with no English beyond its allow-list.
@Suite struct KafkaTextTests {
    typealias KNote = KafkaCore.Note
    typealias KMessage = KafkaCore.Message
    static let names = TextTests.names
    static let values = TextTests.values
    let en = Describer(names: names, values: values, lang: .en)
    let ko = Describer(names: names, values: values, lang: .ko)
    static let describers = Lang.allCases.map { Describer(names: names, values: values, lang: $0) }
    // Node ids of the three planets.
    let neptune = 0, saturn = 1, jupiter = 2

    // MARK: - The catalogue

    /// Every note case that makes a line, with each variant its text tells apart.
    static var notes: [KNote] {
        let (n, s, j) = (0, 1, 2)
        return [
            KNote(nil, .noticesCrash(of: s, leftISR: true, isr: NodeSet([n, j]))),
            KNote(nil, .noticesCrash(of: s, leftISR: false, isr: NodeSet([s]))),
            KNote(nil, .noticesCrash(of: s, leftISR: false, isr: NodeSet([n, j]))),
            KNote(nil, .elects(leader: n, epoch: 3, isr: NodeSet([n, s]), unclean: false)),
            KNote(nil, .elects(leader: j, epoch: 3, isr: NodeSet([j]), unclean: true)),
            KNote(nil, .offline(isr: NodeSet([s]))),
            KNote(n, .becomesLeader(epoch: 3, epochStart: 5, resumed: false)),
            KNote(s, .becomesLeader(epoch: 2, epochStart: 5, resumed: true)),
            KNote(s, .follows(leader: n, epoch: 3)),
            KNote(s, .follows(leader: nil, epoch: 3)),
            KNote(s, .truncates(to: 4, count: 2, hw: 4, reason: .leaderEpoch)),
            KNote(s, .truncates(to: 4, count: 1, hw: 4, reason: .ownHW)),
            KNote(s, .truncates(to: 4, count: 2, hw: 3, reason: .outOfRange)),
            KNote(s, .takesRecords(offset: 5, count: 2, from: n)),
            KNote(s, .takesRecords(offset: 5, count: 1, from: n)),
            KNote(s, .takesRecords(offset: 7, count: 0, from: n)),
            KNote(s, .learnsHW(hw: 5, from: n)),
            KNote(s, .resends(.fetch)),
            KNote(s, .resends(.offsetsForLeaderEpoch)),
            KNote(s, .ignoresAnswer(from: n, request: 4)),
            KNote(n, .appends(offset: 5, epoch: 3, write: 1)),
            KNote(n, .holdsWrite(write: 1, offset: 5)),
            KNote(n, .fetchArrives(from: s, offset: 5, caughtUp: 1200)),
            KNote(n, .outOfRange(peer: s, offset: 6, leo: 4)),
            KNote(n, .expandsISR(peer: s, isr: NodeSet([n, s]))),
            KNote(n, .shrinksISR(removed: NodeSet([s]), isr: NodeSet([n, j]))),
            KNote(n, .shrinksISR(removed: NodeSet([s, j]), isr: NodeSet([n]))),
            KNote(n, .advancesHW(hw: 5, isr: NodeSet([n, s]), belowMin: false)),
            KNote(n, .advancesHW(hw: 5, isr: NodeSet([n]), belowMin: true)),
            KNote(n, .holdsFetch(peer: s, offset: 7, until: 1300)),
            KNote(n, .answersFetch(peer: s, offset: 5, count: 2, hw: 5)),
            KNote(n, .answersFetch(peer: s, offset: 7, count: 0, hw: 5)),
            KNote(n, .replacesHeldFetch(peer: s)),
            KNote(n, .answersEpoch(peer: s, lastEpoch: 2, offset: 4)),
            KNote(n, .dropsRequest(from: s, epoch: 2)),
        ]
    }

    /// Each note case once, by name; a new case does not compile here until it is listed, and
    /// `everyNoteCaseIsListed` fails until `notes` has it.
    static func kind(_ e: KNote.Event) -> String? {
        switch e {
        case .noticesCrash: "noticesCrash"
        case .elects: "elects"
        case .offline: "offline"
        case .becomesLeader: "becomesLeader"
        case .follows: "follows"
        case .truncates: "truncates"
        case .takesRecords: "takesRecords"
        case .learnsHW: "learnsHW"
        case .resends: "resends"
        case .ignoresAnswer: "ignoresAnswer"
        case .appends: "appends"
        case .holdsWrite: "holdsWrite"
        case .fetchArrives: "fetchArrives"
        case .outOfRange: "outOfRange"
        case .expandsISR: "expandsISR"
        case .shrinksISR: "shrinksISR"
        case .advancesHW: "advancesHW"
        case .holdsFetch: "holdsFetch"
        case .answersFetch: "answersFetch"
        case .replacesHeldFetch: "replacesHeldFetch"
        case .answersEpoch: "answersEpoch"
        case .dropsRequest: "dropsRequest"
        case .state: nil  // silent: never a line
        }
    }

    /// One message of every body.
    static var messages: [KMessage] {
        let (n, s) = (0, 1)
        return [
            KMessage(from: s, to: n, epoch: 2, request: 7, body: .fetch(offset: 5)),
            KMessage(from: n, to: s, epoch: 2, request: 7, body: .fetchResponse(
                offset: 5, records: [Record(epoch: 2, write: 1), Record(epoch: 2, write: 2)], hw: 5)),
            KMessage(from: n, to: s, epoch: 2, request: 7, body: .fetchResponse(offset: 7, records: [], hw: 5)),
            KMessage(from: n, to: s, epoch: 2, request: 8, body: .offsetOutOfRange(leo: 4)),
            KMessage(from: s, to: n, epoch: 3, request: 9, body: .offsetsForLeaderEpoch(
                lastEpoch: 2, epochs: [EpochStart(epoch: 1, offset: 0), EpochStart(epoch: 2, offset: 3)], leo: 6)),
            KMessage(from: n, to: s, epoch: 3, request: 9, body: .epochEndOffset(offset: 4)),
        ]
    }

    static func violation(_ p: SafetyProperty, node: NodeID, other: NodeID? = nil, epoch: Int, index: Int) -> SafetyViolation {
        SafetyViolation(property: p, time: 0, node: node, other: other, term: epoch, index: index)
    }

    static var violations: [SafetyViolation] {
        KafkaSafety.properties.map { violation($0, node: 2, other: 0, epoch: 4, index: 3) }
            + [violation(.replicaAgreement, node: 1, epoch: 4, index: 3)]
    }

    /// Every note, every message kind (delivered and dropped), every violation and `t`'s line, as events.
    static var catalogue: [SimEvent<KafkaEngine>.Kind] {
        let reasons: [DropReason] = [.partition, .cut, .crashed, .byHand]
        return notes.map { .note($0.node ?? 0, $0) }
            + messages.enumerated().map { k, m in .dropped(m, reasons[k % reasons.count]) }
            + messages.map { .delivered($0, sentAt: 0) }
            + violations.map { .violation($0) }
            + [.ignored(1, .controllerElects)]  // `t`: the controller, not a timer, picks leaders
    }

    @Test func everyNoteCaseIsListed() {
        #expect(Set(Self.notes.compactMap { Self.kind($0.event) }).count == 22)
        #expect(Set(Self.messages.map(\.kind)) == Set(KMessage.Kind.allCases))
        #expect(Set(Self.violations.map(\.property)) == Set(KafkaSafety.properties))
    }

    // MARK: - Citations

    @Test func tagsReadAsChosen() {
        #expect(Citation.tags([.kafkaReplication]) == "[Kafka: Replication]")
        #expect(Citation.tags([.kafkaAcks, .kafkaMinISR]) == "[Kafka: acks, Kafka: min.insync.replicas]")
        #expect(Citation.tags([.kip101, .kip279]) == "[KIP-101, KIP-279]")
        #expect(Citation.tags([.isFollowerInSync]) == "[Partition.isFollowerInSync]")
        #expect(Citation.kafka("acks") == Citation(.kafkaDocs, "acks"))
        #expect(Citation.kip("101") == Citation(.kip, "101"))
        #expect(Citation.kafkaCode("Partition.isFollowerInSync").source == .kafkaCode)
        #expect(Set(KafkaRules.all).count == KafkaRules.all.count)
    }

    @Test func shownTagsInTheLearnersLanguage() {
        let line = TextLine("x", .kafkaReplication, .kip101)
        #expect(line.shown(.en, tag: KafkaEngine.shownTag) == "x [Kafka: Replication, KIP-101]")
        #expect(line.shown(.ko, tag: KafkaEngine.shownTag) == "x [Kafka: 복제, KIP-101]")
        #expect(TextLine("x", .kafkaProtocol, .kafkaLag).shown(.ko, tag: KafkaEngine.shownTag)
                == "x [Kafka: 프로토콜, Kafka: replica.lag.time.max.ms]")
        #expect(line.rendered == "x [Kafka: Replication, KIP-101]")
    }

    /// Every rule a line can cite: the notes', the properties', and every rule of KafkaRules.
    static var citedRules: Set<Citation> {
        var rules = Set(KafkaRules.all)
        for d in describers {
            for note in notes { rules.formUnion(d.kafkaNoteLine(note).rules) }
        }
        rules.formUnion(KafkaSafety.properties.map(KafkaEngine.citation(of:)))
        return rules
    }

    @Test func everyCitedRuleHasAMeaningInEveryLanguage() {
        #expect(Self.citedRules == Set(KafkaRules.all), "a rule cited but not listed in KafkaRules.all")
        for rule in Self.citedRules {
            guard let meaning = KafkaEngine.meaning(of: rule) else {
                Issue.record("no meaning for \(rule.tag)")
                continue
            }
            #expect(!meaning.en.isEmpty && meaning.en != meaning.ko, "\(rule.tag)")
            #expect(TextTests.hasHangul(meaning.ko), "\(rule.tag) has no Korean")
        }
        #expect(KafkaEngine.meaning(of: .leaderElection) == nil)
        #expect(KafkaEngine.meaning(of: .kip("9999")) == nil)
    }

    @Test func explanationsReadAsTheOverlayListsThem() {
        #expect(en.explanation(of: .maybeIncrementLeaderHW, KafkaEngine.self)
                == "Partition.maybeIncrementLeaderHW: Kafka's source, Partition.maybeIncrementLeaderHW. "
                + "The leader sets the HW to the least LEO in the ISR, and only ever raises it.")
        #expect(ko.explanation(of: .kafkaAcks, KafkaEngine.self)
                == "Kafka: acks: 프로듀서 설정 acks. 0은 보내는 순간, 1은 리더가 추가하는 순간, all은 현재 ISR의 모든 구성원이 "
                + "레코드를 가진 순간 확인 응답합니다. 과반수가 아닙니다.")
    }

    // MARK: - Notes

    @Test func everyNoteCitesItsRules() {
        for d in Self.describers {
            for note in Self.notes {
                let line = d.kafkaNoteLine(note)
                #expect(!line.text.isEmpty, "\(note)")
                #expect(!line.rules.isEmpty, "no rule: \(line.text)")
                #expect(!line.text.contains("["), "a tag left in the text: \(line.text)")
                #expect(d.kafkaNote(note) == line.text + " " + Citation.tags(line.rules))
                #expect(KafkaEngine.describe(note, by: 2, d) == line, "the note's own node speaks")
            }
        }
    }

    @Test func noteRulesAreTheSameInEveryLanguage() {
        for note in Self.notes {
            #expect(en.kafkaNoteLine(note).rules == ko.kafkaNoteLine(note).rules, "\(note)")
        }
    }

    @Test func silentNotesHaveNoLine() {
        for d in Self.describers {
            #expect(d.kafkaNoteLine(KNote(0, .state(role: .leader, epoch: 2))) == TextLine(""))
            #expect(d.kafkaNoteLine(KNote(0, .state(role: nil, epoch: 2))) == TextLine(""))
        }
    }

    @Test func englishControllerAndRoleNotes() {
        let expected: [(KNote, String)] = [
            (KNote(nil, .noticesCrash(of: saturn, leftISR: true, isr: NodeSet([neptune, jupiter]))),
             "the controller notices that Saturn is still down a session timeout after its crash: "
             + "Saturn leaves the ISR, which is now Neptune, Jupiter [Kafka: Replication]"),
            (KNote(nil, .noticesCrash(of: saturn, leftISR: false, isr: NodeSet([saturn]))),
             "the controller notices that Saturn is still down a session timeout after its crash: "
             + "Saturn stays in the ISR, its only member (the ISR is never empty) [Kafka: Replication]"),
            (KNote(nil, .elects(leader: neptune, epoch: 3, isr: NodeSet([neptune, saturn]), unclean: false)),
             "the controller makes Neptune leader of epoch 3: only an ISR member may lead, and the ISR is Neptune, Saturn "
             + "[Kafka: Replication]"),
            (KNote(nil, .elects(leader: jupiter, epoch: 3, isr: NodeSet([jupiter]), unclean: true)),
             "no ISR member is up and unclean leader election is on: the controller makes Jupiter, outside the ISR, "
             + "leader of epoch 3, and the ISR becomes Jupiter alone; committed records it lacks are lost "
             + "[Kafka: unclean.leader.election.enable]"),
            (KNote(nil, .offline(isr: NodeSet([saturn]))),
             "the controller finds no ISR member up (ISR: Saturn) and elects no leader: a clean election takes only "
             + "an ISR member, so writes wait [Kafka: Replication]"),
            (KNote(neptune, .becomesLeader(epoch: 3, epochStart: 5, resumed: false)),
             "Neptune becomes leader of epoch 3; its epoch starts at offset 5, its LEO, and as leader it never truncates "
             + "its log [KIP-101]"),
            (KNote(saturn, .becomesLeader(epoch: 2, epochStart: 5, resumed: true)),
             "Saturn is back before the controller noticed its crash and leads epoch 2 again; its epoch starts at "
             + "offset 5, its LEO [KIP-101]"),
            (KNote(saturn, .follows(leader: neptune, epoch: 3)),
             "Saturn follows Neptune, leader of epoch 3: it will fetch records from it [Kafka: Replication]"),
        ]
        for (note, line) in expected { #expect(en.kafkaNote(note) == line) }
    }

    @Test func englishFollowerNotes() {
        let expected: [(KNote, String)] = [
            (KNote(saturn, .truncates(to: 4, count: 2, hw: 4, reason: .leaderEpoch)),
             "Saturn removes 2 records from offset 4 on, where the leader's OffsetsForLeaderEpoch reply says its log and "
             + "the leader's part; its HW is now 4 [KIP-101, KIP-279]"),
            (KNote(saturn, .truncates(to: 4, count: 1, hw: 4, reason: .ownHW)),
             "Saturn removes 1 record from offset 4 on, all it had at and above its own HW, without asking the leader "
             + "(no leader epochs, as before KIP-101); its HW is now 4 [KIP-101]"),
            (KNote(saturn, .takesRecords(offset: 5, count: 2, from: neptune)),
             "Saturn appends records 5–6 from Neptune's Fetch reply [Kafka: Replication]"),
            (KNote(saturn, .learnsHW(hw: 5, from: neptune)),
             "Saturn raises its HW to 5 from Neptune's Fetch reply: its records below offset 5 are committed; "
             + "a follower learns the HW one fetch after the leader [KIP-101]"),
        ]
        for (note, line) in expected { #expect(en.kafkaNote(note) == line) }
    }

    @Test func englishLeaderNotes() {
        let expected: [(KNote, String)] = [
            (KNote(neptune, .appends(offset: 5, epoch: 3, write: 1)),
             "Neptune appends write x=1 at offset 5, stamped with its leader epoch 3 [KIP-101]"),
            (KNote(neptune, .fetchArrives(from: saturn, offset: 5, caughtUp: 1200)),
             "Neptune gets Saturn's Fetch at offset 5 and records Saturn's LEO as 5; Saturn was last caught up at 1.200s "
             + "[Kafka: replica.lag.time.max.ms]"),
            (KNote(neptune, .expandsISR(peer: saturn, isr: NodeSet([neptune, saturn]))),
             "Saturn's Fetch has reached Neptune's HW and the start of Neptune's epoch: Saturn joins the ISR, now Neptune, Saturn "
             + "[Partition.isFollowerInSync]"),
            (KNote(neptune, .shrinksISR(removed: NodeSet([saturn]), isr: NodeSet([neptune, jupiter]))),
             "Neptune removes Saturn from the ISR, now Neptune, Jupiter: not caught up to Neptune's LEO for longer than "
             + "replica.lag.time.max.ms; the HW and acks=all writes stop waiting for it [Kafka: replica.lag.time.max.ms]"),
            (KNote(neptune, .advancesHW(hw: 5, isr: NodeSet([neptune, saturn]), belowMin: false)),
             "Neptune raises the HW to 5, the least LEO in the ISR (Neptune, Saturn): records below offset 5 are committed "
             + "[Kafka: Replication]"),
            (KNote(neptune, .advancesHW(hw: 5, isr: NodeSet([neptune]), belowMin: true)),
             "Neptune raises the HW to 5, the least LEO in the ISR (Neptune): records below offset 5 are committed, "
             + "but the ISR is smaller than min.insync.replicas, so acks=all writes committed now are answered "
             + "NOT_ENOUGH_REPLICAS_AFTER_APPEND [Kafka: Replication, Kafka: min.insync.replicas]"),
            (KNote(neptune, .holdsFetch(peer: saturn, offset: 7, until: 1300)),
             "Neptune has nothing at offset 7 for Saturn yet: it holds the Fetch until its next append or 1.300s, "
             + "whichever comes first [Kafka: replica.fetch.wait.max.ms]"),
            (KNote(neptune, .answersEpoch(peer: saturn, lastEpoch: 2, offset: 4)),
             "Neptune replies to Saturn's OffsetsForLeaderEpoch (Saturn's last record is of epoch 2) with offset 4: where the two "
             + "logs first differ in epoch, or the shorter one ends [KIP-101, KIP-279]"),
            (KNote(neptune, .dropsRequest(from: saturn, epoch: 2)),
             "Neptune drops Saturn's request for epoch 2: Neptune is not the leader of epoch 2 [KIP-320]"),
        ]
        for (note, line) in expected { #expect(en.kafkaNote(note) == line) }
    }

    @Test func koreanExamples() {
        #expect(ko.kafkaNote(KNote(nil, .elects(leader: neptune, epoch: 3, isr: NodeSet([neptune, saturn]), unclean: false)))
                == "컨트롤러가 Neptune을 에포크 3의 리더로 정합니다: ISR 구성원만 리더가 될 수 있고, ISR은 Neptune, Saturn입니다 "
                + "[Kafka: Replication]")
        #expect(ko.kafkaNote(KNote(neptune, .shrinksISR(removed: NodeSet([saturn, jupiter]), isr: NodeSet([neptune]))))
                == "Neptune이 Saturn, Jupiter를 ISR에서 뺍니다: replica.lag.time.max.ms(복제 지연 허용 시간)보다 오래 Neptune의 LEO를 따라잡지 "
                + "못했습니다. 이제 ISR은 Neptune이고, HW와 acks=all 쓰기는 더 이상 기다리지 않습니다 [Kafka: replica.lag.time.max.ms]")
        #expect(ko.kafkaNote(KNote(neptune, .advancesHW(hw: 5, isr: NodeSet([neptune, saturn]), belowMin: false)))
                == "Neptune이 HW를 ISR(Neptune, Saturn)에서 가장 작은 LEO인 5로 올립니다: 오프셋 5 아래의 레코드는 커밋되었습니다 "
                + "[Kafka: Replication]")
        #expect(ko.kafkaNote(KNote(saturn, .learnsHW(hw: 5, from: neptune)))
                == "Saturn이 Neptune의 Fetch 응답을 보고 HW를 5로 올립니다: 오프셋 5 아래의 레코드는 커밋되었습니다. "
                + "팔로워는 리더보다 Fetch 요청 한 번 늦게 HW를 압니다 [KIP-101]")
        #expect(ko.kafkaNote(KNote(saturn, .truncates(to: 4, count: 2, hw: 4, reason: .leaderEpoch)))
                == "Saturn이 오프셋 4부터 레코드 2개를 잘라냅니다: 리더의 OffsetsForLeaderEpoch 응답에 따르면 두 로그가 거기서 "
                + "갈라집니다. HW는 이제 4입니다 [KIP-101, KIP-279]")
        #expect(ko.kafkaNote(KNote(nil, .elects(leader: jupiter, epoch: 3, isr: NodeSet([jupiter]), unclean: true)))
                == "실행 중인 ISR 구성원이 없고 언클린 리더 선출이 켜져 있어, 컨트롤러가 ISR 밖의 Jupiter를 에포크 3의 리더로 정하고 "
                + "ISR은 Jupiter 하나가 됩니다. Jupiter에게 없는 커밋된 레코드는 유실됩니다 [Kafka: unclean.leader.election.enable]")
        #expect(ko.kafkaNote(KNote(jupiter, .dropsRequest(from: saturn, epoch: 2)))
                == "Jupiter가 Saturn의 에포크 2 요청을 버립니다: Jupiter는 에포크 2의 리더가 아닙니다 [KIP-320]")
        #expect(ko.kafkaMessage(Self.messages[1]) == "Fetch 응답 Neptune→Saturn 에포크 2, 레코드 2개(오프셋 5–6), HW 5")
    }

    // MARK: - Messages

    @Test func englishMessages() {
        #expect(Self.messages.map(en.kafkaMessage) == [
            "Fetch Saturn→Neptune epoch 2, offset 5",
            "Fetch reply Neptune→Saturn epoch 2, records 5–6, HW 5",
            "Fetch reply Neptune→Saturn epoch 2, no records from offset 7, HW 5",
            "OFFSET_OUT_OF_RANGE Neptune→Saturn epoch 2, LEO 4",
            "OffsetsForLeaderEpoch Saturn→Neptune epoch 3, last record's epoch 2, LEO 6",
            "OffsetsForLeaderEpoch reply Neptune→Saturn epoch 3, truncate to offset 4",
        ])
        let one = KMessage(from: 0, to: 1, epoch: 2, request: 1, body: .fetchResponse(offset: 5, records: [Record(epoch: 2)], hw: 5))
        #expect(en.kafkaMessage(one) == "Fetch reply Neptune→Saturn epoch 2, record 5, HW 5")
    }

    @Test func koreanMessages() {
        #expect(Self.messages.map(ko.kafkaMessage) == [
            "Fetch 요청 Saturn→Neptune 에포크 2, 오프셋 5",
            "Fetch 응답 Neptune→Saturn 에포크 2, 레코드 2개(오프셋 5–6), HW 5",
            "Fetch 응답 Neptune→Saturn 에포크 2, 오프셋 7부터 레코드 없음, HW 5",
            "OFFSET_OUT_OF_RANGE Neptune→Saturn 에포크 2, LEO 4",
            "OffsetsForLeaderEpoch Saturn→Neptune 에포크 3, 마지막 레코드의 에포크 2, LEO 6",
            "OffsetsForLeaderEpoch 응답 Neptune→Saturn 에포크 3, 오프셋 4까지 남기고 잘라냄",
        ])
    }

    // MARK: - Properties and violations

    @Test func propertiesInWords() {
        #expect(KafkaSafety.properties.map(en.kafkaProperty)
                == ["monotonic HW", "committed records kept", "replica agreement", "consumer visibility"])
        #expect(KafkaSafety.properties.map(ko.kafkaProperty) == ["HW 단조 증가", "커밋된 레코드 보존", "복제본 일치", "컨슈머 가시성"])
        #expect(KafkaSafety.properties.map(KafkaEngine.citation(of:))
                == [.maybeIncrementLeaderHW, .kafkaReplication, .kip101, .kafkaReplication])
        #expect(KafkaEngine.citation(of: SafetyProperty(rawValue: "made_up")) == .kafkaReplication)
        for property in KafkaSafety.properties {
            #expect(KafkaEngine.guarantee(of: property).en.contains(" must "), "\(property)")
            #expect(KafkaEngine.guarantee(of: property).ko.hasSuffix("야 합니다"), "\(property)")
        }
    }

    @Test func englishViolations() {
        typealias V = KafkaTextTests
        #expect(en.violation(V.violation(.hwMonotonic, node: neptune, epoch: 3, index: 5), KafkaEngine.self)
                == "SAFETY VIOLATION: monotonic HW: Neptune, leader of epoch 3, lowers its HW to 4 [Partition.maybeIncrementLeaderHW]")
        #expect(en.violation(V.violation(.committedKept, node: jupiter, epoch: 4, index: 3), KafkaEngine.self)
                == "SAFETY VIOLATION: committed records kept: Jupiter leads epoch 4 without the committed record at offset 2 "
                + "[Kafka: Replication]")
        #expect(en.violation(V.violation(.replicaAgreement, node: saturn, other: neptune, epoch: 4, index: 3), KafkaEngine.self)
                == "SAFETY VIOLATION: replica agreement: Saturn's record at offset 2, below its HW, is not the one leader "
                + "Neptune holds there (epoch 4) [KIP-101]")
        #expect(en.violation(V.violation(.consumerVisibility, node: saturn, epoch: 4, index: 6), KafkaEngine.self)
                == "SAFETY VIOLATION: consumer visibility: a consumer is handed Saturn's record at offset 5, at or above its HW 5 "
                + "[Kafka: Replication]")
        #expect(ko.violation(V.violation(.committedKept, node: jupiter, epoch: 4, index: 3), KafkaEngine.self)
                == "안전성 위반: 커밋된 레코드 보존: 에포크 4의 리더 Jupiter에게 오프셋 2의 커밋된 레코드가 없습니다 [Kafka: Replication]")
    }

    /// The banner's sentence for each property, short enough for one row of 80.
    @Test func everyGuaranteeFitsTheBanner() {
        for property in KafkaEngine.Checks.properties {
            let guarantee = KafkaEngine.guarantee(of: property)
            let name = Phrase(en: en.kafkaProperty(property), ko: ko.kafkaProperty(property))
            #expect("⚠ \(name.en) broken: \(guarantee.en)".count <= 78, "\(property)")
            let korean = "⚠ \(name.ko) 깨짐: \(guarantee.ko)"
            let columns = korean.unicodeScalars.reduce(0) { $0 + ((0xAC00...0xD7A3).contains($1.value) ? 2 : 1) }
            #expect(columns <= 78, "\(property)")
        }
    }

    // MARK: - Events

    @Test func eventsPrintTheirLines() {
        for d in Self.describers {
            for kind in Self.catalogue {
                let event = SimEvent<KafkaEngine>(time: 10, kind: kind)
                let line = d.line(event)
                #expect(!line.text.isEmpty)
                #expect(d.event(event) == line.rendered)
                switch kind {
                case let .note(_, note): #expect(line == d.kafkaNoteLine(note))
                case let .violation(v): #expect(line.rules == [KafkaEngine.citation(of: v.property)])
                default: #expect(line.rules.isEmpty, "a world event cites a rule: \(line.rendered)")
                }
            }
        }
        let fetch = SimEvent<KafkaEngine>(time: 30, kind: .delivered(Self.messages[0], sentAt: 20))
        #expect(en.event(fetch) == "Fetch Saturn→Neptune epoch 2, offset 5 arrives after 10 ms")
        let dropped = SimEvent<KafkaEngine>(time: 30, kind: .dropped(Self.messages[5], .partition))
        #expect(ko.event(dropped) == "파티션 때문에 버려짐: OffsetsForLeaderEpoch 응답 Neptune→Saturn 에포크 3, 오프셋 4까지 남기고 잘라냄")
    }

    // MARK: - Words a learner may read

    /// docs/glossary.md's allow-list of English in Korean text and its "not" column.
    static let glossary: (allowed: Set<String>, not: [String]) = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/glossary.md")
        let text = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
        var allowed = Set<String>(), not: [String] = [], section = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") { section = String(line.dropFirst(3)); continue }
            guard line.hasPrefix("|") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = cells.first, !first.hasPrefix("---"), !["concept", "word"].contains(first) else { continue }
            if section == "Allowed English in Korean text" { allowed.insert(first.replacingOccurrences(of: "`", with: "")) }
            if section == "Terms", cells.count >= 4 {
                not += cells[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }
        return (allowed, not)
    }()

    /// Runs of Latin letters, with `-`, `.` and `_` inside a run (as GlossaryTests reads them).
    static func englishWords(_ text: String) -> [String] { EnglishWords.of(text) }

    /// Lower-case names joined by underscores (`voted_for`); Kafka's error names, in capitals, pass.
    static func snakeCase(_ text: String) -> [String] {
        text.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) }.map(String.init).filter { word in
            let parts = word.split(separator: "_", omittingEmptySubsequences: false)
            return parts.count > 1 && parts.allSatisfy { !$0.isEmpty } && word.contains(where: \.isLowercase)
        }
    }

    /// Every learner-visible Kafka text: lines as the live view shows them (tags in the
    /// learner's language), property names, guarantees, rule meanings and tags.
    static func learnerTexts(_ lang: Lang) -> [String] {
        let d = describers[lang == .en ? 0 : 1]
        var out = catalogue.map { d.line(SimEvent<KafkaEngine>(time: 0, kind: $0)).shown(lang, tag: KafkaEngine.shownTag) }
        out += KafkaSafety.properties.map { d.kafkaProperty($0) }
        out += KafkaSafety.properties.map { KafkaEngine.guarantee(of: $0)[lang] }
        out += KafkaRules.all.compactMap { d.explanation(of: $0, KafkaEngine.self) }
        return out
    }

    @Test func noFormatSyntaxForLearners() {
        #expect(Self.snakeCase("NOT_ENOUGH_REPLICAS and voted_for").elementsEqual(["voted_for"]))
        for lang in Lang.allCases {
            for text in Self.learnerTexts(lang) {
                #expect(!text.contains("{") && !text.contains("}"), "format syntax in: \(text)")
                #expect(Self.snakeCase(text).isEmpty, "snake_case in: \(text)")
            }
        }
    }

    @Test func koreanHoldsOnlyAllowedEnglish() {
        #expect(Self.glossary.allowed.isSuperset(of: ["Fetch", "OffsetsForLeaderEpoch", "OFFSET_OUT_OF_RANGE", "KIP", "ISR"]))
        #expect(Self.glossary.not.contains("에폭"))
        let names = Set(Self.names + ["x=1", "y=2", "x", "y"])
        for text in Self.learnerTexts(.ko) {
            #expect(TextTests.hasHangul(text), "no Hangul in: \(text)")
            let foreign = Self.englishWords(text).filter { $0.count > 1 && !Self.glossary.allowed.contains($0) && !names.contains($0) }
            #expect(foreign.isEmpty, "English \(foreign) in: \(text)")
            let wrong = Self.glossary.not.filter { text.contains($0) }
            #expect(wrong.isEmpty, "\(wrong) in: \(text)")
        }
    }

    /// Every event of a real run of the engine in the world reads as a line in both languages.
    @Test func realRunDescribesEveryEvent() {
        var world = World(engine: KafkaEngine(settings: KafkaSettings(size: 3)), names: Self.names, seed: 7,
                          latency: 10...20, acks: .all, leader: 0)
        world.run(for: 300)
        _ = world.write("x=1")
        world.run(for: 300)
        world.crash(0)
        world.run(for: 1000)
        _ = world.write("y=2")
        world.run(for: 500)
        world.restart(0)
        world.run(for: 1000)
        let events = world.takeEvents()
        #expect(events.count > 20)
        var kinds = Set<String>()
        for e in events {
            if case let .note(_, note) = e.kind, let kind = Self.kind(note.event) { kinds.insert(kind) }
            for d in Self.describers { #expect(!d.line(e).text.isEmpty, "\(e.kind)") }
        }
        #expect(kinds.isSuperset(of: ["elects", "becomesLeader", "follows", "appends", "advancesHW", "noticesCrash"]))
    }
}

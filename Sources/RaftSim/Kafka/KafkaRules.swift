import KafkaCore

/// The rules Kafka's text cites, each defined once (kafka-mode.md's sources): the Kafka
/// documentation by section or setting ("[Kafka: Replication]", "[Kafka: acks]"), KIPs by
/// number ("[KIP-101]"), and apache/kafka's source by class and function where neither states
/// the rule ("[Partition.isFollowerInSync]").
extension Citation {
    /// A section of the Kafka documentation ("Replication", "protocol") or a setting's entry in
    /// its configuration reference ("acks"): tagged "Kafka: acks".
    public static func kafka(_ section: String) -> Citation { Citation(.kafkaDocs, section) }
    /// A Kafka Improvement Proposal by number: tagged "KIP-101".
    public static func kip(_ number: String) -> Citation { Citation(.kip, number) }
    /// A function of apache/kafka's source: tagged "Partition.isFollowerInSync".
    public static func kafkaCode(_ function: String) -> Citation { Citation(.kafkaCode, function) }

    /// Design, "Replication": followers pull like consumers, the ISR, committed records, the
    /// controller's elections from the ISR.
    public static let kafkaReplication = Citation.kafka("Replication")
    /// The protocol guide: error codes (OFFSET_OUT_OF_RANGE) and correlation ids.
    public static let kafkaProtocol = Citation.kafka("protocol")
    /// `acks`: what a producer waits for.
    public static let kafkaAcks = Citation.kafka("acks")
    /// `min.insync.replicas`: the fewest ISR members an acks=all write accepts.
    public static let kafkaMinISR = Citation.kafka("min.insync.replicas")
    /// `replica.lag.time.max.ms`: how long a follower may lag before it leaves the ISR.
    public static let kafkaLag = Citation.kafka("replica.lag.time.max.ms")
    /// `replica.fetch.wait.max.ms`: how long a leader holds a Fetch it has nothing for.
    public static let kafkaFetchWait = Citation.kafka("replica.fetch.wait.max.ms")
    /// `unclean.leader.election.enable`: a replica outside the ISR may lead, as a last resort.
    public static let kafkaUnclean = Citation.kafka("unclean.leader.election.enable")
    /// `enable.idempotence`: the idempotent producer, no record written twice.
    public static let kafkaIdempotence = Citation.kafka("enable.idempotence")
    /// KIP-101: truncation by leader epoch instead of the high watermark.
    public static let kip101 = Citation.kip("101")
    /// KIP-279: OffsetsForLeaderEpoch stepping down the epochs until the logs agree.
    public static let kip279 = Citation.kip("279")
    /// KIP-320: requests carry the sender's leader epoch; a stale or future epoch is refused.
    public static let kip320 = Citation.kip("320")
    /// `Partition.isFollowerInSync`: when a follower joins the ISR.
    public static let isFollowerInSync = Citation.kafkaCode("Partition.isFollowerInSync")
    /// `Partition.maybeIncrementLeaderHW`: the leader's HW only ever rises.
    public static let maybeIncrementLeaderHW = Citation.kafkaCode("Partition.maybeIncrementLeaderHW")
}

/// Kafka's citations together: every one, what each means in every language (the explain
/// overlay's text), and each tag as the learner reads it.
public enum KafkaRules {
    /// Every rule Kafka's text can cite.
    public static let all: [Citation] = [
        .kafkaReplication, .kafkaProtocol, .kafkaAcks, .kafkaMinISR, .kafkaLag, .kafkaFetchWait, .kafkaUnclean,
        .kafkaIdempotence, .kip101, .kip279, .kip320, .isFollowerInSync, .maybeIncrementLeaderHW,
    ]

    /// A rule's tag as the learner reads it: documentation sections in the learner's language
    /// ("Kafka: 복제"); settings, KIPs and functions by their names, as they are.
    public static func shownTag(of rule: Citation) -> Phrase {
        switch rule {
        case .kafkaReplication: Phrase(en: "Kafka: Replication", ko: "Kafka: 복제")
        case .kafkaProtocol: Phrase(en: "Kafka: protocol", ko: "Kafka: 프로토콜")
        default: rule.shownTag
        }
    }

    /// What `rule` means, without its tag; nil for a rule Kafka's text never cites.
    public static func meaning(of rule: Citation) -> Phrase? { meanings[rule] }

    static let meanings: [Citation: Phrase] = [
        .kafkaReplication: Phrase(
            en: "Kafka's design, Replication. Followers fetch records from the leader as a consumer would. The ISR holds the "
                + "replicas caught up with the leader; a record is committed once every ISR member has it, and consumers "
                + "read only committed records. The controller picks leaders from the ISR.",
            ko: "Kafka 설계 문서의 복제 절. 팔로워는 컨슈머처럼 리더에게서 레코드를 가져옵니다. ISR은 리더를 따라잡은 복제본의 "
                + "집합이고, 레코드는 ISR의 모든 구성원이 가지면 커밋되며, 컨슈머는 커밋된 레코드만 읽습니다. "
                + "리더는 컨트롤러가 ISR에서 고릅니다."),
        .kafkaProtocol: Phrase(
            en: "Kafka's protocol guide. Every reply carries its request's number (the correlation id); "
                + "OFFSET_OUT_OF_RANGE answers a Fetch outside the leader's log (here, past its end).",
            ko: "Kafka 프로토콜 안내서. 모든 응답은 요청의 번호를 그대로 담고, "
                + "리더의 로그 밖을 가리키는 Fetch 요청(여기서는 로그 끝을 넘는 요청)에는 "
                + "OFFSET_OUT_OF_RANGE(범위를 벗어난 오프셋)로 응답합니다."),
        .kafkaAcks: Phrase(
            en: "acks, the producer setting. 0: acknowledged when sent; 1: when the leader appends it; all: once every "
                + "current ISR member has it, never a majority.",
            ko: "프로듀서 설정 acks. 0은 보내는 순간, 1은 리더가 추가하는 순간, all은 현재 ISR의 모든 구성원이 레코드를 가진 "
                + "순간 확인 응답합니다. 과반수가 아닙니다."),
        .kafkaMinISR: Phrase(
            en: "min.insync.replicas. An acks=all write needs an ISR of at least this many members: a smaller ISR answers "
                + "NOT_ENOUGH_REPLICAS before appending, or NOT_ENOUGH_REPLICAS_AFTER_APPEND once the record is committed.",
            ko: "min.insync.replicas(최소 동기화 복제본 수). acks=all 쓰기는 ISR 구성원이 이만큼 있어야 합니다. ISR이 더 작으면 추가하기 "
                + "전에 NOT_ENOUGH_REPLICAS(복제본 부족)로, 레코드가 커밋된 뒤라면 "
                + "NOT_ENOUGH_REPLICAS_AFTER_APPEND(추가 후 복제본 부족)로 응답합니다."),
        .kafkaLag: Phrase(
            en: "replica.lag.time.max.ms. A follower that has not caught up to the leader's LEO for longer than this "
                + "leaves the ISR; acks=all writes and the HW stop waiting for it.",
            ko: "replica.lag.time.max.ms(복제 지연 허용 시간). 이 시간보다 오래 리더의 LEO를 따라잡지 못한 팔로워는 ISR에서 빠지고, "
                + "acks=all 쓰기와 HW는 더 이상 그 팔로워를 기다리지 않습니다."),
        .kafkaFetchWait: Phrase(
            en: "replica.fetch.wait.max.ms. A leader with no new records holds a follower's Fetch until it appends one "
                + "or this long has passed, then replies.",
            ko: "replica.fetch.wait.max.ms(Fetch 요청 최대 대기 시간). 새 레코드가 없는 리더는 팔로워의 Fetch 요청을 "
                + "붙잡아 두었다가, 레코드를 추가하거나 이 시간이 지나면 응답합니다."),
        .kafkaUnclean: Phrase(
            en: "unclean.leader.election.enable. With no ISR member up, a replica outside the ISR may lead as a last "
                + "resort: writes go on, but committed records it lacks are lost.",
            ko: "unclean.leader.election.enable(언클린 리더 선출). 살아 있는 ISR 구성원이 없으면 ISR 밖의 복제본이 최후의 수단으로 "
                + "리더가 됩니다. 다시 쓸 수 있게 되지만, 그 복제본에 없는 커밋된 레코드는 유실됩니다."),
        .kafkaIdempotence: Phrase(
            en: "enable.idempotence, the idempotent producer. A leader that already holds a write does not append it again.",
            ko: "enable.idempotence(멱등 프로듀서). 리더는 이미 가진 쓰기를 다시 추가하지 않습니다."),
        .kip101: Phrase(
            en: "KIP-101. Each record carries the leader epoch that appended it; a new follower asks the leader where their "
                + "logs part (OffsetsForLeaderEpoch) and truncates there. Truncating to its own HW, as before, could lose "
                + "records or leave replicas that disagree. A follower learns the HW one fetch after the leader.",
            ko: "KIP-101. 레코드마다 그 레코드를 추가한 리더 에포크가 붙습니다. 새 팔로워는 리더에게 두 로그가 갈라지는 곳을 "
                + "묻고(OffsetsForLeaderEpoch) 거기서 잘라냅니다. 예전처럼 자기 HW로 잘라내면 레코드가 유실되거나 복제본끼리 "
                + "달라졌습니다. 팔로워는 리더보다 Fetch 요청 한 번 늦게 HW를 압니다."),
        .kip279: Phrase(
            en: "KIP-279. OffsetsForLeaderEpoch steps down the epochs until it finds the first offset where the two logs "
                + "differ in epoch, so a follower several epochs behind truncates at the right place.",
            ko: "KIP-279. OffsetsForLeaderEpoch는 에포크를 하나씩 내려가며 두 로그의 에포크가 처음 다른 오프셋을 찾으므로, "
                + "여러 에포크 뒤처진 팔로워도 올바른 곳에서 잘라냅니다."),
        .kip320: Phrase(
            en: "KIP-320. Fetch and OffsetsForLeaderEpoch carry the sender's leader epoch; a replica that is not the leader "
                + "of that epoch refuses them (Kafka replies with an error; raftlab drops them).",
            ko: "KIP-320. Fetch 요청과 OffsetsForLeaderEpoch에는 보낸 쪽의 리더 에포크가 담깁니다. 그 에포크의 리더가 아닌 "
                + "복제본은 요청을 거절합니다(Kafka는 오류로 응답하고, raftlab은 버립니다)."),
        .isFollowerInSync: Phrase(
            en: "Kafka's source, Partition.isFollowerInSync. A follower joins the ISR once its Fetch offset has reached "
                + "the leader's HW and the start of the leader's epoch.",
            ko: "Kafka 소스 코드의 Partition.isFollowerInSync. 팔로워는 Fetch 요청의 오프셋이 리더의 HW와 리더 에포크의 "
                + "시작 오프셋에 이르면 ISR에 들어갑니다."),
        .maybeIncrementLeaderHW: Phrase(
            en: "Kafka's source, Partition.maybeIncrementLeaderHW. The leader sets the HW to the least LEO in the ISR, "
                + "and only ever raises it.",
            ko: "Kafka 소스 코드의 Partition.maybeIncrementLeaderHW. 리더는 HW를 ISR에서 가장 작은 LEO로 정하고, "
                + "올리기만 합니다."),
    ]
}

import KafkaCore

/// The safety monitor's findings in kafka mode (kafka-mode.md, "The safety monitor in kafka
/// mode"): what broke and where. A finding gives a record's place as an index (offset + 1), as
/// the world counts; the text speaks in Kafka's offsets.
extension Describer {
    /// Each property's name in every language, the rule that states it, and what it guarantees
    /// as a rule, short enough for the banner's one row ("⚠ NAME broken: GUARANTEE").
    static let kafkaProperties: [SafetyProperty: (name: Phrase, rule: Citation, guarantee: Phrase)] = [
        .hwMonotonic: (Phrase(en: "monotonic HW", ko: "HW 단조 증가"), .maybeIncrementLeaderHW,
                       Phrase(en: "a leader's HW must never go down", ko: "리더의 HW는 내려가지 않아야 합니다")),
        .committedKept: (Phrase(en: "committed records kept", ko: "커밋된 레코드 보존"), .kafkaReplication,
                         Phrase(en: "later leaders must hold all committed records",
                                ko: "이후의 리더는 커밋된 레코드를 모두 가져야 합니다")),
        .replicaAgreement: (Phrase(en: "replica agreement", ko: "복제본 일치"), .kip101,
                            Phrase(en: "a follower must match the leader below its HW",
                                   ko: "팔로워는 HW 아래에 리더와 같은 레코드를 가져야 합니다")),
        .consumerVisibility: (Phrase(en: "consumer visibility", ko: "컨슈머 가시성"), .kafkaReplication,
                              Phrase(en: "a consumer must read only records below the HW",
                                     ko: "컨슈머는 HW 아래의 레코드만 읽어야 합니다")),
    ]

    /// The property in words: "committed records kept" / "커밋된 레코드 보존".
    public func kafkaProperty(_ p: SafetyProperty) -> String {
        Self.kafkaProperties[p]?.name[lang] ?? p.rawValue
    }

    /// What broke and where.
    func kafkaViolation(_ v: SafetyViolation) -> String {
        switch lang {
        case .en: englishKafkaViolation(v)
        case .ko: koreanKafkaViolation(v)
        }
    }

    private func englishKafkaViolation(_ v: SafetyViolation) -> String {
        let node = name(v.node), offset = v.index - 1
        switch v.property {
        case .hwMonotonic:
            return "\(node), leader of epoch \(v.term), lowers its HW to \(offset)"
        case .committedKept:
            return "\(node) leads epoch \(v.term) without the committed record at offset \(offset)"
        case .replicaAgreement:
            let leader = v.other.map { "leader \(name($0))" } ?? "the leader"
            return "\(node)'s record at offset \(offset), below its HW, is not the one \(leader) holds there (epoch \(v.term))"
        case .consumerVisibility:
            return "a consumer is handed \(node)'s record at offset \(offset), at or above its HW \(offset)"
        default:
            return "\(node), epoch \(v.term), offset \(offset)"
        }
    }

    private func koreanKafkaViolation(_ v: SafetyViolation) -> String {
        let offset = v.index - 1
        switch v.property {
        case .hwMonotonic:
            return "에포크 \(v.term)의 리더 \(name(v.node, .subject)) HW를 \(number(offset, .toward)) 낮춥니다"
        case .committedKept:
            return "에포크 \(v.term)의 리더 \(name(v.node))에게 오프셋 \(offset)의 커밋된 레코드가 없습니다"
        case .replicaAgreement:
            let leader = v.other.map { "리더 \(name($0))" } ?? "리더"
            return "\(name(v.node))의 HW 아래 오프셋 \(offset) 레코드가 \(leader)의 그 자리 레코드와 다릅니다 (에포크 \(v.term))"
        case .consumerVisibility:
            return "컨슈머가 \(name(v.node))에서 HW \(offset) 이상인 오프셋 \(offset)의 레코드를 받습니다"
        default:
            return "\(name(v.node)), 에포크 \(v.term), 오프셋 \(offset)"
        }
    }
}

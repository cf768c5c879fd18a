import RaftSim

/// Kafka mode's condition keys in words (kafka-mode.md, "Conditions"): the ISR, each node's
/// HW and LEO, the partition's leader epoch and the error answers.
extension ConditionWords {
    static func kafkaClauses(_ c: Condition, names: [String]) -> [Clause] {
        var out: [Clause] = []
        if let isr = c.isr { out.append(self.isr(isr.sorted().map { names[$0] })) }
        for (match, ids) in grouped(c.hw) { out.append(number(match, ids.map { names[$0] }, .hw)) }
        for (match, ids) in grouped(c.leo) { out.append(number(match, ids.map { names[$0] }, .leo)) }
        if let m = c.epoch { out.append(epoch(m)) }
        for item in c.errors ?? [] { out.append(errors(item)) }
        return out
    }

    /// "the ISR is exactly Neptune and Saturn" / "ISR이 Neptune, Saturn".
    static func isr(_ members: [String]) -> Clause {
        let ko = Wording.koList(members)
        return Clause(en: "the ISR is exactly \(Wording.list(members))", koStem: "ISR이 정확히 \(Wording.ko(ko, .toward)) 바뀌",
                      koNoun: "ISR: \(ko)")
    }

    /// "the partition's leader epoch is 2" / "파티션의 리더 에포크 2".
    static func epoch(_ m: NumberMatch) -> Clause {
        let amount = Wording.amount(m)
        return Clause(en: "the partition's leader epoch is \(amount.en)",
                      koStem: "파티션의 리더 에포크가 \(Wording.becomes(m))", koNoun: "파티션의 리더 에포크 \(amount.ko)")
    }

    /// "1 write has been answered NOT_ENOUGH_REPLICAS" / "NOT_ENOUGH_REPLICAS로 거절된 쓰기 1개".
    static func errors(_ item: ErrorCount) -> Clause {
        let m = item.count, name = item.error.rawValue
        let en = Wording.count(m, "write", "writes", has: "has been answered \(name)", have: "have been answered \(name)")
        let ko = "\(name)로 거절된 쓰기"
        return Clause(en: en, koStem: "\(Wording.ko(ko, .subject)) \(Wording.becomes(m, unit: "개"))",
                      koNoun: "\(ko) \(Wording.amount(m, unit: "개").ko)")
    }
}

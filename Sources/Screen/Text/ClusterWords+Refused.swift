import Picture

/// The client's refused writes in kafka mode (kafka-mode.md, "Writes": an error answer ends the
/// write, never acknowledged): a count beside acknowledged and lost, and each error by name.
extension ClusterWords {
    /// Acknowledged, lost and refused writes, longest first; without a refusal, `counters`.
    func counters(acked: Int, lost: Int, refused: Int) -> [String] {
        guard refused > 0 else { return counters(acked: acked, lost: lost) }
        return [pick("acknowledged \(acked) · lost \(lost) · refused \(refused)",
                     "확인 응답 \(acked) · 유실 \(lost) · 거절 \(refused)"),
                pick("acked \(acked) · lost \(lost) · refused \(refused)", "확인 응답 \(acked)·유실 \(lost)·거절 \(refused)"),
                pick("acked \(acked)·lost \(lost)·refused \(refused)", "확인 응답 \(acked)·유실 \(lost)·거절 \(refused)")]
            + counters(acked: acked, lost: lost)
    }

    /// One line per error answered so far, longest first: Kafka's name, then shorter words
    /// (Partition `appendRecordsToLeader`, `checkEnoughReplicasReachOffset`).
    func refusals(_ refused: [WriteError: Int]) -> [[String]] {
        WriteError.allCases.compactMap { error in
            refused[error].flatMap { $0 > 0 ? refusal(error, $0) : nil }
        }
    }

    private func refusal(_ error: WriteError, _ n: Int) -> [String] {
        switch error {
        case .notEnoughReplicas:
            ["NOT_ENOUGH_REPLICAS \(n)", pick("not enough ISR \(n)", "복제본 부족 \(n)")]
        case .notEnoughReplicasAfterAppend:
            ["NOT_ENOUGH_REPLICAS_AFTER_APPEND \(n)", pick("…_AFTER_APPEND \(n)", "추가 후 복제본 부족 \(n)"),
             pick("after append \(n)", "추가 후 부족 \(n)")]
        }
    }
}

extension ClientsPicture {
    /// Writes answered with an error, of every kind.
    var refusedCount: Int { refused.values.reduce(0, +) }
}

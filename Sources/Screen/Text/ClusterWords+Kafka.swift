import Picture

/// The words of a Kafka card and of the controller's line (kafka-mode.md, "Words"): leader
/// epoch, LEO, HW (exclusive), the ISR; longest first where a card may be narrow.
extension ClusterWords {
    func epoch(_ e: Int) -> String { pick("epoch \(e)", "에포크 \(e)") }
    /// The short form on compact cards: "e2" / "에포크2".
    func shortEpoch(_ e: Int) -> String { pick("e\(e)", "에포크\(e)") }
    func leo(_ n: Int) -> String { "LEO \(n)" }
    func hw(_ n: Int) -> String { "HW \(n)" }

    /// Whether the controller's ISR holds the replica.
    func isr(_ inISR: Bool) -> String { inISR ? pick("in ISR", "ISR 안") : pick("out of ISR", "ISR 밖") }
    func shortISR(_ inISR: Bool) -> String { inISR ? "ISR ✓" : "ISR ✗" }
    /// A crashed replica the controller has not noticed yet keeps its ISR place.
    func crashedISR(_ inISR: Bool) -> [String] {
        inISR ? [pick("still in ISR (not noticed)", "아직 ISR 안 (모름)"), pick("still in ISR", "아직 ISR 안")] : [isr(false)]
    }

    /// The log by its end: "LEO 5 · last epoch 2", shorter "LEO 5 · e2".
    func kafkaLog(_ leo: Int, lastEpoch: Int) -> [String] {
        if leo == 0 { return [pick("LEO 0 · log empty", "LEO 0 · 빈 로그"), "LEO 0"] }
        return [pick("LEO \(leo) · last epoch \(lastEpoch)", "LEO \(leo) · 마지막 에포크 \(lastEpoch)"),
                "LEO \(leo) · " + shortEpoch(lastEpoch)]
    }

    /// A leader's record of its followers' LEOs, lowest to highest; "?" for unknown ones.
    func followersLEO(_ known: ClosedRange<Int>?, unknown: Bool) -> [String] {
        let span = [known.map(span), unknown ? "?" : nil].compactMap { $0 }.joined(separator: ", ")
        return [pick("followers' LEO \(span)", "팔로워 LEO \(span)"), pick("F-LEO \(span)", "팔로워 \(span)")]
    }

    /// Each follower's LEO as the leader records it: "Saturn 5 · Jupiter ?".
    func eachFollower(_ followers: [(name: String, leo: Int?)]) -> String {
        followers.map { "\($0.name) \($0.leo.map(String.init) ?? "?")" }.joined(separator: " · ")
    }

    /// Where a follower fetches from (a pull): "fetches from Neptune".
    func fetchesFrom(_ name: String?) -> [String] {
        guard let name else { return [pick("no leader: waits", "리더 없음: 기다림")] }
        return [pick("fetches from \(name)", "\(name)에서 가져옴"), pick("← \(name)", "← \(name)")]
    }

    /// What the leader recorded of this follower's LEO, from its Fetch offsets.
    func leaderKnows(_ leo: Int?) -> [String] {
        let v = leo.map(String.init) ?? "?"
        return [pick("leader knows LEO \(v)", "리더가 아는 LEO \(v)"), pick("leader's view \(v)", "리더 기준 \(v)")]
    }

    /// The controller's line, longest first: its epoch, the ISR it holds, what it decided and
    /// what is due next. Every choice names the controller; a due noticing outlasts the decision
    /// (the epoch is in both), so a learner waiting after a crash sees when it comes.
    func controller(_ c: ControllerPicture, names: [String]) -> [String] {
        let word = pick("controller", "컨트롤러")
        let isr = "ISR " + names.joined(separator: ", ")
        let tight = "ISR " + names.joined(separator: ",")
        let decision = c.decision[lang]
        let head = word + " · " + epoch(c.epoch) + " · " + isr
        guard let next = c.next?[lang] else {
            return [head + " · " + decision, word + " · " + isr + " · " + decision, word + " · " + tight + " · " + decision,
                    word + " " + shortEpoch(c.epoch) + " " + tight]
        }
        return [head + " · " + decision + " · " + next, word + " · " + isr + " · " + decision + " · " + next,
                word + " · " + isr + " · " + next, word + " · " + tight + " · " + next,
                word + " · " + epoch(c.epoch) + " · " + next, word + " " + shortEpoch(c.epoch) + " " + tight]
    }
}

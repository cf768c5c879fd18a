import Picture

/// Inspect (`i`) of a Kafka replica (kafka-mode.md, "Words", "Crash and restart"): what a crash
/// keeps (epoch, log, HW checkpoint) apart from what it loses, in English and Korean.
extension UIWords {
    var leaderEpoch: String { pick("leader epoch", "리더 에포크") }
    var records: String { pick("records (offset, epoch)", "레코드 (오프셋, 에포크)") }
    var hwCheckpoint: String { pick("HW checkpoint", "HW 체크포인트") }
    var isrPlace: String { pick("ISR (the controller's)", "ISR (컨트롤러 기준)") }
    var fetchesFromWord: String { pick("fetches from", "가져오는 곳") }
    var followersLEO: String { pick("Followers' LEO (leader's view)", "팔로워 LEO (리더 기준)") }
    var noStateMachine: String {
        pick("Kafka keeps records, not a key/value state: a consumer reads them below the HW (k)",
             "Kafka는 키/값 상태가 아니라 레코드를 보관합니다: 컨슈머가 HW 아래의 레코드를 읽습니다 (k)")
    }

    /// "LEO 3: offsets 0–2, last epoch 2", "LEO 1: offset 0, ...", or "empty (LEO 0)".
    func kafkaLogSummary(leo: Int, lastEpoch: Int) -> String {
        if leo == 0 { return pick("empty (LEO 0)", "비어 있음 (LEO 0)") }
        let offsets = leo == 1 ? pick("offset 0", "오프셋 0") : pick("offsets 0–\(leo - 1)", "오프셋 0–\(leo - 1)")
        return pick("LEO \(leo): \(offsets), last epoch \(lastEpoch)", "LEO \(leo): \(offsets), 마지막 에포크 \(lastEpoch)")
    }

    /// "3 (offsets below 3 are committed)": the HW is exclusive.
    func hwValue(_ hw: Int) -> String {
        pick("\(hw) (offsets below \(hw) are committed)", "\(hw) (오프셋 \(hw) 앞까지 커밋됨)")
    }

    /// "2 e1 b=2": a record by offset (an entry's index minus 1) and epoch.
    func record(_ e: EntryPicture) -> String {
        "\(e.index - 1) " + pick("e\(e.term)", "에포크\(e.term)") + " \(e.value ?? "-")"
    }

    /// The ISR place as the controller holds it; a crash not yet noticed keeps it.
    func isrPlace(inISR: Bool, up: Bool) -> String {
        switch (inISR, up) {
        case (true, true): pick("in the ISR", "ISR 안")
        case (true, false): pick("still in the ISR: the controller has not noticed the crash yet",
                                 "아직 ISR 안: 컨트롤러가 다운을 아직 알아채지 못했습니다")
        case (false, _): pick("out of the ISR", "ISR 밖")
        }
    }
}

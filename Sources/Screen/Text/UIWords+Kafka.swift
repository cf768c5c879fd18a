import Picture

/// The log table's words in Kafka mode (kafka-mode.md, "Words"): offsets from 0, records by
/// their leader epoch, the HW (exclusive) as the bar.
extension UIWords {
    var offset: String { pick("offset", "오프셋") }

    /// The legend row, longest first.
    var kafkaLegends: [String] {
        [pick("numbers are epochs · ┃ HW: records left of it committed, right of it not (dim) · ▲ consumer",
              "숫자는 에포크 · ┃ HW: 왼쪽은 커밋됨, 오른쪽은 아직(흐림) · ▲ 컨슈머"),
         pick("numbers are epochs · ┃ HW: committed left of it · ▲ consumer", "숫자는 에포크 · ┃ HW: 왼쪽은 커밋됨 · ▲ 컨슈머"),
         pick("epochs · ┃ HW · ▲ consumer", "에포크 · ┃ HW · ▲ 컨슈머")]
    }

    /// The consumer's read position: `position` records, offsets 0 to position - 1.
    func kafkaConsumerRead(_ position: Int) -> String {
        position == 0 ? pick("has read nothing yet", "아직 읽은 것 없음")
                      : pick("read offsets 0–\(position - 1)", "오프셋 0–\(position - 1) 읽음")
    }
}

import Picture

/// The words of the events pane's size (`v`), the log table held by `<` / `>`, and the
/// throughput meter (issue 11), in English and Korean.
extension UIWords {
    /// The events pane's title row: what `v` does now.
    var eventsEnlarge: String { pick("\(key) larger", "\(key) 크게") }
    var eventsShrink: String { pick("\(key) or Esc smaller", "\(key) 또는 Esc 작게") }
    /// The key that enlarges the events pane, as the key table shows it.
    private var key: String { KeyTable.binding(.eventsSize).shown }

    /// The log table's title while `<` / `>` hold it in place.
    var logHeld: String { pick("held · > at the end follows", "고정됨 · 끝에서 > 누르면 따라감") }

    var throughput: String { pick("Throughput", "처리량") }

    /// One line's figures, most telling first; the meter shows as many as fit.
    func throughputParts(_ t: ThroughputPicture) -> [String] {
        guard t.writes > 0 else { return [pick("measuring: no write committed yet", "측정 중: 아직 커밋된 쓰기 없음")] }
        var parts: [String] = []
        if let s = t.perSecondTenths {
            let rate = s >= 1000 ? "\(s / 10)" : tenths(s)  // 100 and more: whole writes
            parts.append(pick("\(rate) writes/s", "초당 \(rate)건"))
        }
        if let r = t.perRoundTripTenths { parts.append(pick("\(tenths(r)) per round trip", "왕복당 \(tenths(r))건")) }
        if let ms = t.roundTrip { parts.append(pick("round trip \(ms) ms", "왕복 \(ms) ms")) }
        let time = TimeText.seconds(t.busy)
        parts.append(pick("\(t.writes) writes in \(time)", "쓰기 \(t.writes)건, \(time)"))
        return parts
    }

    /// 405 -> "40.5".
    func tenths(_ value: Int) -> String { "\(value / 10).\(value % 10)" }
}

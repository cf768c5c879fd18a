import Foundation
import Picture

/// The header row: "raftlab · TITLE" on the left; simulated time, speed (with a lesson's
/// fast-forward), running or paused (and history), seed and acks mode on the right (product.md,
/// "The screen").
enum HeaderView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let words = UIWords(state.lang)
        var status = statusPieces(state, words, compact: false).joined(separator: " │ ")
        if rect.width - CharWidth.of(status) < 40 {
            status = statusPieces(state, words, compact: true).joined(separator: " │ ")
        }
        let statusWidth = CharWidth.of(status)
        var x = buffer.put("raftlab", x: rect.x, y: rect.y, style: Style(.accent, bold: true), maxX: rect.maxX)
        let titleEnd = max(x, rect.maxX - statusWidth - 2)
        x = buffer.put(" · ", x: x, y: rect.y, style: Style(.muted), maxX: titleEnd)
        var title = state.title ?? state.picture.real.map(words.realTitle) ?? words.sandbox
        if state.title == nil, let real = state.picture.real, CharWidth.of(title) > titleEnd - x {
            title = words.realTitleShort(real)  // "etcd 3.4.23 · rea…" lost what matters: it is real
        }
        buffer.put(TextWrap.cut(title, width: titleEnd - x), x: x, y: rect.y, style: Style(bold: true), maxX: titleEnd)
        if statusWidth <= rect.width - 10 {
            buffer.put(status, x: rect.maxX - statusWidth, y: rect.y, maxX: rect.maxX)
        }
    }

    /// Time, speed, run state, seed, acks, read mode; compact drops the words "time" and "speed"
    /// (and the seed, where the read mode is shown).
    static func statusPieces(_ state: AppState, _ words: UIWords, compact: Bool) -> [String] {
        let run = state.picture.run
        let seconds = TimeText.seconds(state.picture.now)
        if let real = state.picture.real {  // wall time, etcd's timers, the read mode of `R` (issue 14)
            return [compact ? seconds : words.time(seconds)] + words.realTimings(real, compact: compact)
                + [words.realReadMode(state.readMode)]
        }
        var running = run.paused ? words.paused : words.running
        if run.inPast { running = words.history + " " + running }
        let time = compact ? seconds : words.time(seconds)
        var factor = compact ? speed(run.speed) : words.speed(speed(run.speed))
        if run.boost > 1 { factor += " " + boost(run.boost) }  // a lesson's quiet stretch, fast-forwarded
        if let reached = run.reached, reached < run.speed * Double(max(1, run.boost)) * 0.9 {  // the honest speed, when it falls short
            factor += " " + words.reached(speed(roughly(reached)))
        }
        var pieces = [time, factor, running]
        // The read mode beside acks once reads matter (issue 13); narrow, the seed gives way to it.
        let reads = !state.picture.isKafka && !state.both
            && (state.readMode != .readIndex || state.picture.clients.reads != nil)
        if let seed = run.seed, !(compact && reads) { pieces.append(words.seed(seed)) }
        pieces.append("acks=\(state.picture.clients.acks)")
        // The mode `R` reads in, beside acks (raft-extensions.md, "Reads"); Kafka mode has no reads.
        if reads { pieces.append(ClusterWords(state.lang).readWithMode(state.readMode)) }
        return pieces
    }

    /// "⏩ ×8": how many times the learner's speed a quiet stretch of a lesson runs at (`Boost`).
    static func boost(_ factor: Int) -> String { "⏩ ×\(factor)" }

    /// Two significant digits (290.6 is 290, 1.37 is 1.4): a measured speed is not exact.
    static func roughly(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return value }
        let scale = pow(10, floor(log10(value)) - 1)
        return (value / scale).rounded() * scale
    }

    /// "×0.02", "×1", "×0.005": the speed factor with at most three decimals.
    static func speed(_ factor: Double) -> String {
        guard factor.isFinite, factor >= 0, factor < 1_000_000 else { return "×?" }
        let thousandths = Int((factor * 1000).rounded())
        if thousandths < 1 && factor > 0 { return "×<0.001" }
        let whole = thousandths / 1000
        var fraction = String(thousandths % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "×\(whole)" + (fraction.isEmpty ? "" : ".\(fraction)")
    }
}

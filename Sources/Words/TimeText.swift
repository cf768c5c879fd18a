/// How simulated time is written: seconds with three decimals.
public enum TimeText {
    /// "1.234s", right-aligned to 8 characters for transcripts ("  1.234s").
    public static func padded(_ ms: Int) -> String {
        let text = seconds(ms)
        return String(repeating: " ", count: max(0, 8 - text.count)) + text
    }

    /// "1.234s".
    public static func seconds(_ ms: Int) -> String {
        let sign = ms < 0 ? "-" : ""
        let magnitude = ms.magnitude
        let millis = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - millis.count))\(millis)s"
    }
}

extension TimeText {
    /// A span of simulated time as a reader says it: "300 ms", "2 s", "1.5 s" / "300 ms",
    /// "2초", "1.5초" (a second and longer in seconds, up to two decimals).
    public static func spoken(_ ms: Int) -> Phrase {
        guard ms.magnitude >= 1000 else { return Phrase(en: "\(ms) ms", ko: "\(ms) ms") }
        let sign = ms < 0 ? "-" : ""
        let whole = ms.magnitude / 1000
        var fraction = String(ms.magnitude % 1000 / 10)
        if fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let number = sign + "\(whole)" + (fraction.isEmpty ? "" : "." + fraction)
        return Phrase(en: "\(number) s", ko: "\(number)초")
    }

    /// A moment of simulated time, "3.204s" / "3.204초".
    public static func seconds(_ ms: Int, _ lang: Lang) -> String {
        let text = seconds(ms)
        return lang == .ko ? String(text.dropLast()) + "초" : text
    }
}

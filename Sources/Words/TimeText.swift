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

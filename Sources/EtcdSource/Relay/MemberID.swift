/// An etcd member id as `X-Server-From` carries it: lower-case hex without leading zeros (issue 14).
enum MemberID {
    /// One spelling for an id, whether it came from a header or from a caller.
    static func normalized(_ hex: String) -> String? {
        let lower = hex.lowercased()
        guard !lower.isEmpty, lower.allSatisfy(\.isHexDigit) else { return nil }
        let stripped = lower.drop { $0 == "0" }
        return stripped.isEmpty ? "0" : String(stripped)
    }
}

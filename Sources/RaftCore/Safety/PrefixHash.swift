/// A hash of a whole log prefix, extended one entry at a time: two prefixes with equal
/// hashes hold the same entries (up to 64-bit collisions), so Log Matching is O(1) per entry.
enum PrefixHash {
    static func extend(_ h: UInt64, with entry: Entry) -> UInt64 {
        var z = h &+ 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: entry.term) &* 0xD6E8_FEB8_6659_FD93
        z ^= UInt64(truncatingIfNeeded: entry.write) &* 0xA076_1D64_78BD_642F
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

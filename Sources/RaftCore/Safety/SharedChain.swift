/// A chain of prefix hashes (a log's, or the committed entries') kept as a count of indexes
/// whose hash is the one first seen there, then the chain's own hashes after those: logs
/// that agree, as they do in a healthy cluster, share one array instead of copying it.
struct SharedChain: Sendable {
    /// Indexes 1...shared hash as first seen.
    var shared = 0
    /// The hashes of indexes shared + 1 ... count.
    var own: [UInt64] = []

    var count: Int { shared + own.count }

    /// The prefix hash through `index` (1...count); 0 for the empty prefix.
    func hash(at index: Int, _ firstSeen: [FirstSeen]) -> UInt64 {
        if index == 0 { return 0 }
        return index <= shared ? firstSeen[index - 1].hash : own[index - shared - 1]
    }

    /// Appends the hash of index count + 1; `isFirstSeen` says it is the one first seen there.
    mutating func append(_ hash: UInt64, isFirstSeen: Bool) {
        if isFirstSeen && own.isEmpty { shared += 1 } else { own.append(hash) }
    }

    /// Keeps indexes 1...n.
    mutating func truncate(keeping n: Int) {
        if n <= shared {
            shared = n
            own.removeAll()
        } else if n < count {
            own.removeSubrange((n - shared)...)
        }
    }
}

/// The term and prefix hash first seen at an index.
struct FirstSeen: Sendable {
    var term: Int
    var hash: UInt64
}

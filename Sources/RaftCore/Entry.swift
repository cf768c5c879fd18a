/// One log entry. `write` names the client write it carries (0: none, as for a no-op); a
/// negative `write` makes it a configuration entry (thesis 4.1) whose voters it encodes.
/// Values live in the world; an entry is 16 bytes so logs and messages stay cheap.
public struct Entry: Sendable, Equatable, Hashable {
    public var term: Int
    public var write: Int
    public init(term: Int, write: Int = 0) {
        self.term = term
        self.write = write
    }
    /// A configuration entry naming `voters` (thesis 4.1: configurations travel in the log).
    public init(term: Int, voters: NodeSet) {
        self.term = term
        write = -(Int(voters.bits) + 1)
    }
    /// True for an entry that carries no client value (a no-op, a configuration or a value-less entry).
    public var isEmpty: Bool { write <= 0 }
    /// The client write it carries, 0 for none.
    public var clientWrite: Int { max(write, 0) }
    /// The voters of a configuration entry; nil for any other entry.
    public var voters: NodeSet? { write < 0 ? NodeSet(bits: UInt16(truncatingIfNeeded: -write - 1)) : nil }
}

/// A Raft log, indexed from 1 (Figure 2). Index 0 is the empty prefix of term 0.
///
/// The state machine is the sequence of applied entries, so a snapshot (paper 7) is that
/// sequence through its last included index. The log keeps it in the same array and marks
/// where the log proper begins: entries at or below `snapshotIndex` are the snapshot's state,
/// never sent as entries again (the leader sends `installSnapshot` instead).
public struct RaftLog: Sendable, Equatable {
    public private(set) var entries: [Entry] = []
    /// The snapshot's last included index and term (0, 0: none).
    public private(set) var snapshotIndex = 0
    public private(set) var snapshotTerm = 0
    /// Indexes of the configuration entries, in order (thesis 4.1: the latest one rules).
    public private(set) var configIndexes: [Int] = []

    public init(_ entries: [Entry] = []) {
        self.entries = entries
        configIndexes = entries.indices.filter { entries[$0].write < 0 }.map { $0 + 1 }
    }

    public var lastIndex: Int { entries.count }
    public var lastTerm: Int { entries.last?.term ?? 0 }
    /// The term at `index`, 0 for index 0, nil past the end.
    public func term(at index: Int) -> Int? {
        if index == 0 { return 0 }
        return index <= entries.count ? entries[index - 1].term : nil
    }
    public subscript(index: Int) -> Entry { entries[index - 1] }
    /// The entries after the snapshot: the log proper (format, `log` condition).
    public var entriesAfterSnapshot: ArraySlice<Entry> { entries[snapshotIndex...] }
    /// The voters of the latest configuration entry, committed or not (thesis 4.1); nil when none.
    public var latestVoters: NodeSet? {
        @inline(__always) get { configIndexes.last.map { entries[$0 - 1].voters! } }
    }

    @inline(__always) public mutating func append(_ entry: Entry) {
        entries.append(entry)
        if entry.write < 0 { configIndexes.append(entries.count) }
    }
    @inline(__always) public mutating func append(contentsOf more: ArraySlice<Entry>) {
        let first = entries.count + 1
        entries.append(contentsOf: more)
        for (k, entry) in more.enumerated() where entry.write < 0 { configIndexes.append(first + k) }
    }
    /// Removes every entry from `index` on (a truncated configuration gives the previous one back).
    public mutating func truncate(from index: Int) {
        entries.removeSubrange((index - 1)...)
        while let last = configIndexes.last, last >= index { configIndexes.removeLast() }
        if snapshotIndex >= index { markSnapshot(through: index - 1) }
    }
    /// Entries `from...through` (1-based, inclusive).
    public func slice(from: Int, through: Int) -> ArraySlice<Entry> { entries[(from - 1)..<through] }

    /// Paper 7: the entries through `index` become the snapshot's state.
    public mutating func markSnapshot(through index: Int) {
        snapshotIndex = index
        snapshotTerm = term(at: index) ?? 0
    }

    /// Figure 13: a snapshot of other state replaces the whole log (`state` holds entries
    /// 1...its last included index).
    public mutating func replace(withSnapshot state: [Entry]) {
        self = RaftLog(state)
        markSnapshot(through: state.count)
    }

    /// First index holding `term`, scanning back from `index` (the 5.3 conflict hint).
    public func firstIndex(ofTermAt index: Int) -> Int {
        let t = entries[index - 1].term
        var i = index
        while i > 1 && entries[i - 2].term == t { i -= 1 }
        return i
    }
    /// Last index at or below `index` whose term is `term`, if any (leader side of the hint).
    public func lastIndex(ofTerm term: Int, atOrBelow index: Int) -> Int? {
        var i = min(index, entries.count)
        while i >= 1 {
            let t = entries[i - 1].term
            if t == term { return i }
            if t < term { return nil }
            i -= 1
        }
        return nil
    }
    /// 5.4.1: is a log ending at (`lastTerm`, `lastIndex`) at least as up to date as this one?
    public func isBehindOrEqual(lastTerm: Int, lastIndex: Int) -> Bool {
        lastTerm > self.lastTerm || (lastTerm == self.lastTerm && lastIndex >= self.lastIndex)
    }
}

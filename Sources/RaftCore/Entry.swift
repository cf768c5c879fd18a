/// One log entry. `write` names the client write it carries (0: none, as for a no-op).
/// Values live in the world; an entry is 16 bytes so logs and messages stay cheap.
public struct Entry: Sendable, Equatable, Hashable {
    public var term: Int
    public var write: Int
    public init(term: Int, write: Int = 0) {
        self.term = term
        self.write = write
    }
    /// True for an entry that carries no client value (a no-op or a value-less entry).
    public var isEmpty: Bool { write == 0 }
}

/// A Raft log, indexed from 1 (Figure 2). Index 0 is the empty prefix of term 0.
public struct RaftLog: Sendable, Equatable {
    public private(set) var entries: [Entry] = []
    public init(_ entries: [Entry] = []) { self.entries = entries }

    public var lastIndex: Int { entries.count }
    public var lastTerm: Int { entries.last?.term ?? 0 }
    /// The term at `index`, 0 for index 0, nil past the end.
    public func term(at index: Int) -> Int? {
        if index == 0 { return 0 }
        return index <= entries.count ? entries[index - 1].term : nil
    }
    public subscript(index: Int) -> Entry { entries[index - 1] }
    public mutating func append(_ entry: Entry) { entries.append(entry) }
    public mutating func append(contentsOf more: ArraySlice<Entry>) { entries.append(contentsOf: more) }
    /// Removes every entry from `index` on.
    public mutating func truncate(from index: Int) { entries.removeSubrange((index - 1)...) }
    /// Entries `from...through` (1-based, inclusive).
    public func slice(from: Int, through: Int) -> ArraySlice<Entry> { entries[(from - 1)..<through] }
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

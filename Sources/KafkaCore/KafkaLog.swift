/// A replica's log: records at offsets 0, 1, ... (kafka-mode.md, "Words"). Its LEO is its
/// record count; it keeps its epoch cache and, for the idempotent producer, the first offset
/// of each write id.
public struct KafkaLog: Sendable, Equatable {
    public private(set) var records: [Record] = []
    /// The leader-epoch cache: where each epoch's run of records begins (KIP-101).
    public private(set) var epochs: [EpochStart] = []
    /// Write id -> the lowest offset holding it (kafka-mode.md, "Writes": the idempotent producer).
    private var offsets: [Int: Int] = [:]

    public init(_ records: [Record] = []) {
        for record in records { append(record) }
    }

    /// The log end offset: the offset the next record goes to.
    public var leo: Int { records.count }
    public var isEmpty: Bool { records.isEmpty }
    /// The epoch of the last record, nil for an empty log.
    public var lastEpoch: Int? { records.last?.epoch }
    public subscript(offset: Int) -> Record { records[offset] }
    /// The epoch of the record at `offset`, nil past the end.
    public func epoch(at offset: Int) -> Int? { offset >= 0 && offset < records.count ? records[offset].epoch : nil }
    /// The lowest offset holding write `id`, if any.
    public func offset(ofWrite id: Int) -> Int? { id == 0 ? nil : offsets[id] }

    public mutating func append(_ record: Record) {
        if record.epoch != epochs.last?.epoch { epochs.append(EpochStart(epoch: record.epoch, offset: records.count)) }
        if record.write != 0, offsets[record.write] == nil { offsets[record.write] = records.count }
        records.append(record)
    }

    public mutating func append(contentsOf more: some Sequence<Record>) {
        for record in more { append(record) }
    }

    /// Truncation to `offset`: removes the records at `offset` and above (kafka-mode.md,
    /// "Becoming follower and truncation").
    public mutating func truncate(to offset: Int) {
        guard offset < records.count else { return }
        for record in records[offset...] where record.write != 0 && offsets[record.write]! >= offset {
            offsets[record.write] = nil
        }
        records.removeSubrange(offset...)
        while let last = epochs.last, last.offset >= offset { epochs.removeLast() }
    }

    /// Records from `offset`, at most `count` of them.
    public func slice(from offset: Int, count: Int) -> [Record] {
        guard offset < records.count else { return [] }
        return Array(records[offset..<min(records.count, offset + count)])
    }

    /// The first offset at which this log and another (given by its epoch cache and LEO)
    /// differ in epoch, or the end of the shorter log: what OffsetsForLeaderEpoch answers
    /// (kafka-mode.md, "Becoming follower"; KIP-101 with KIP-279, stepping down the epochs).
    /// Runs of one epoch are constant, so the first difference lies where a run begins.
    public func divergence(from other: [EpochStart], leo otherLEO: Int) -> Int {
        let end = min(leo, otherLEO)
        var starts = Set(epochs.map(\.offset))
        starts.formUnion(other.map(\.offset))
        for offset in starts.sorted() where offset < end {
            if Self.epoch(at: offset, in: epochs) != Self.epoch(at: offset, in: other) { return offset }
        }
        return end
    }

    /// The epoch at `offset` in a log with this epoch cache (the offset is within the log).
    static func epoch(at offset: Int, in cache: [EpochStart]) -> Int? {
        cache.last { $0.offset <= offset }?.epoch
    }
}

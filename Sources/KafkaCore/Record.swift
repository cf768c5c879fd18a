@_exported import Replication

/// One record of the partition: the leader epoch of the leader that appended it (KIP-101) and
/// the client write it carries (0: none); the value is the write id's, kept by the world.
public struct Record: Sendable, Equatable, Hashable {
    public var epoch: Int
    public var write: Int
    public init(epoch: Int, write: Int = 0) {
        self.epoch = epoch
        self.write = write
    }
}

/// Where an epoch's records begin in a log: one entry of the leader-epoch cache (KIP-101's
/// leader-epoch-checkpoint file), which OffsetsForLeaderEpoch compares.
public struct EpochStart: Sendable, Equatable, Hashable {
    public var epoch: Int
    public var offset: Int
    public init(epoch: Int, offset: Int) {
        self.epoch = epoch
        self.offset = offset
    }
}

/// `PairCore` live: one Dispatch queue and one timer advance both worlds together under one
/// lock, so the two always show the same simulated time. Its main snapshot is the Raft side's,
/// its side snapshot the Kafka side's.
public typealias PairRuntime = LiveLoop<PairCore>

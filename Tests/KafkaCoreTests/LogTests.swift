import Testing
@testable import KafkaCore

/// kafka-mode.md, "Words" (offsets from 0, LEO, records with epochs) and the truncation and
/// OffsetsForLeaderEpoch arithmetic of "Becoming follower and truncation".
@Suite struct LogTests {
    @Test func theLEOIsTheRecordCountAndOffsetOIsIndexOPlusOne() {
        var c = Cluster(logs: [[1, 1, 2]], hws: [2])
        #expect(c.leo(0) == 3)
        #expect(c.engine.lastIndex(of: 0) == 3)
        #expect(c.engine.entryTerm(at: 1, in: 0) == 1 && c.engine.entryTerm(at: 3, in: 0) == 2)
        #expect(c.engine.entryTerm(at: 0, in: 0) == nil && c.engine.entryTerm(at: 4, in: 0) == nil)
        #expect(c.engine.write(at: 1, in: 0) == 1000 && c.engine.write(at: 4, in: 0) == nil)
        #expect(c.engine.commitIndex(of: 0) == 2)  // the HW equals a commit index
        c.run(until: 1)
    }

    /// Truncation to o removes records at o and above (its epoch cache and write ids too).
    @Test func truncationRemovesFromTheOffsetOn() {
        var log = makeLog([1, 1, 2, 3, 3])
        log.truncate(to: 3)
        #expect(log.epochList == [1, 1, 2])
        #expect(log.epochs == [EpochStart(epoch: 1, offset: 0), EpochStart(epoch: 2, offset: 2)])
        #expect(log.offset(ofWrite: 1003) == nil && log.offset(ofWrite: 1002) == 2)
        log.truncate(to: 5)
        #expect(log.leo == 3)
    }

    @Test func aWriteIdMapsToItsLowestOffset() {
        var log = makeLog([1, 1, 2], writes: [7, 8, 7])
        #expect(log.offset(ofWrite: 7) == 0)
        log.truncate(to: 2)
        #expect(log.offset(ofWrite: 7) == 0)
        log.truncate(to: 0)
        #expect(log.offset(ofWrite: 7) == nil)
    }

    /// The answer to OffsetsForLeaderEpoch: the first offset where the logs differ in epoch,
    /// or the end of the shorter log (KIP-101 with KIP-279).
    @Test(arguments: [
        ([1, 1, 2], [1, 1, 2, 2], 3),  // the follower is a prefix: nothing to remove
        ([1, 1, 2, 2], [1, 1, 2], 3),  // the follower is longer in the same epoch: back to the leader's end
        ([1, 1, 2, 2], [1, 1, 3], 2),  // epoch 2 vs 3 at offset 2
        ([1, 2, 2, 2], [1, 1, 1, 3, 3], 1),  // KIP-279: stepping down from the follower's epoch 2 to 1
        ([1, 1], [], 0),
        ([], [1, 1], 0),
        ([1, 1, 3, 3, 3], [1, 1, 3, 4], 3),
    ])
    func theDivergencePointIsTheFirstEpochDifference(follower: [Int], leader: [Int], expected: Int) {
        let f = makeLog(follower), l = makeLog(leader)
        #expect(l.divergence(from: f.epochs, leo: f.leo) == expected)
        #expect(f.divergence(from: l.epochs, leo: l.leo) == expected)  // symmetric
    }
}

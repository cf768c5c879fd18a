import Dispatch
import Foundation
import Fuzzer
import Lessons
import Synchronization

/// Runs seeds on every core; results come back in seed order, so output is deterministic.
enum FuzzPool {
    static func run(_ seeds: ClosedRange<UInt64>, options: FuzzOptions) -> [FuzzOutcome] {
        let results = Mutex<[FuzzOutcome?]>(Array(repeating: nil, count: seeds.count))
        DispatchQueue.concurrentPerform(iterations: seeds.count) { k in
            let outcome = Fuzz.run(seed: seeds.lowerBound + UInt64(k), options: options)
            results.withLock { $0[k] = outcome }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}

/// Seeds in chunks of `size`, up to and including the largest seed without overflowing.
struct SeedChunks: Sequence, IteratorProtocol {
    var first: UInt64?
    let last: UInt64
    let size: UInt64

    init(_ seeds: ClosedRange<UInt64>, size: UInt64) {
        first = seeds.lowerBound
        last = seeds.upperBound
        self.size = size
    }

    mutating func next() -> ClosedRange<UInt64>? {
        guard let start = first else { return nil }
        let (end, overflow) = start.addingReportingOverflow(size - 1)
        let chunkEnd = overflow ? last : Swift.min(end, last)
        first = chunkEnd == last ? nil : chunkEnd + 1
        return start...chunkEnd
    }
}

/// Whether a failure file, loaded and run as `raftlab check` would, fails again.
enum FuzzReplay {
    static func fails(yaml: String, file: String) -> Bool {
        guard let scenario = try? ScenarioLoader.parse(yaml: yaml, file: file) else { return false }
        var runner = ScenarioRunner(scenario, recording: false)
        return runner.run() != nil
    }
}

/// A progress line on standard error while seeds run.
struct FuzzProgress {
    let total: Int
    var done = 0
    var lastShown = Date.distantPast
    let start = Date()
    static let interactive = isatty(2) != 0

    init(total: Int) { self.total = total }

    mutating func advance(failed: Int) {
        done += 1
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.5 || done == total else { return }
        lastShown = now
        let rate = Double(done) / max(now.timeIntervalSince(start), 1e-9)
        let line = String(format: "%d/%d seeds, %d failed, %.0f seeds/s", done, total, failed, rate)
        if Self.interactive {
            FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
        } else if done % 1000 == 0 || done == total {
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
    }

    func finish() { Self.clearLine() }

    static func clearLine() {
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

import Foundation
import Testing

/// `fuzz --from/--seeds` near the largest seed (issue 10: the seed arithmetic overflowed and
/// trapped): seeds up to the largest run; past it is a usage error, never a crash.
struct FuzzSeedRangeTests {
    static let largest = UInt64.max

    @Test(arguments: [("\(largest)", "2"), ("\(largest - 1)", "3"), ("9223372036854775810", "\(Int.max)")])
    func seedsPastTheLargestAreRefused(_ from: String, _ seeds: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["fuzz", "--seeds", seeds, "--from", from], in: dir.url)
        #expect(result.exited, "crashed: \(result)")
        #expect(result.status != 0 && result.status != 1, "\(result)")
        #expect(result.stderr.contains("--from \(from) with --seeds \(seeds) goes past the largest seed, \(Self.largest)"),
                "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    /// The last chunk of 64 ends exactly at the largest seed.
    @Test(arguments: [(largest, 1), (largest - 63, 64), (largest - 65, 66)])
    func seedsUpToTheLargestRun(_ from: UInt64, _ seeds: Int) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["fuzz", "--seeds", "\(seeds)", "--from", "\(from)", "--nodes", "1"], in: dir.url)
        #expect(result.exited && result.status == 0, "\(result)")
        #expect(result.lines.last?.hasPrefix("fuzz: \(seeds) seeds from \(from), 0 failed, ") == true, "\(result)")
    }
}

/// One directed peer link between members, by index: the bytes `from` sends to `to` (issue 14).
public struct RelayLink: Hashable, Sendable, CustomStringConvertible {
    public let from: Int
    public let to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    public var description: String { "\(from)→\(to)" }
}

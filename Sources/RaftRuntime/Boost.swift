/// Fast-forward through a lesson's quiet stretches (issue 11, "No dead time"): after
/// `patienceMs` of wall time with nothing new on screen the world runs twice as fast as the
/// learner's speed, and twice again every `stepMs`, up to `most` times; anything new brings it
/// back to the learner's speed at once. Only time in which the world runs counts as quiet: a
/// paused world, or one held for the reader or the learner, keeps its factor.
public struct Boost: Sendable, Equatable {
    /// Wall ms of quiet shown at the learner's own speed before the first step up.
    public static let patienceMs = 2_000.0
    /// Wall ms between two steps up.
    public static let stepMs = 1_000.0
    /// The largest factor (at the default ×0.02 that is ×1.28: 5 simulated seconds of quiet
    /// pass in 10 s of wall time).
    public static let most = 64

    /// What the learner's speed is multiplied by now: 1, 2, 4, ... `most`.
    public private(set) var factor = 1
    /// Wall ms since something new, counted while the world runs.
    public private(set) var quietMs = 0.0

    public init() {}

    /// `wallMs` of running with nothing new; returns whether the factor changed.
    @discardableResult
    mutating func quiet(_ wallMs: Double) -> Bool {
        quietMs += max(0, wallMs)
        let before = factor
        factor = Self.factor(afterQuiet: quietMs)
        return factor != before
    }

    /// Something new on screen: back to the learner's speed; returns whether the factor changed.
    @discardableResult
    mutating func news() -> Bool {
        let before = factor
        self = Boost()
        return factor != before
    }

    /// The factor after `ms` of quiet wall time: 1 within the patience, then doubling each step.
    public static func factor(afterQuiet ms: Double) -> Int {
        guard ms >= patienceMs else { return 1 }
        let steps = Int((ms - patienceMs) / stepMs) + 1
        var factor = 1
        for _ in 0..<steps where factor < most { factor *= 2 }
        return factor
    }
}

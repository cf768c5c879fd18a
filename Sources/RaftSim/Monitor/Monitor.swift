import Replication

/// The safety monitor: runs an engine's checks after every step of every node, stamps what
/// they find with the time, and reports each property once (scenario format, "The safety
/// monitor"). The properties themselves are the engine's (`SafetyChecks.properties`).
public struct Monitor<Checks: SafetyChecks>: Sendable {
    var checks: Checks
    public private(set) var violations: [SafetyViolation] = []
    var reported = Set<SafetyProperty>()

    init(_ engine: Checks.Engine) { checks = Checks(engine) }

    /// The properties this monitor checks.
    public static var properties: [SafetyProperty] { Checks.properties }

    /// The properties broken so far.
    public var broken: Set<SafetyProperty> { reported }

    /// Checks what `node` did at `time`; returns the properties it broke for the first time.
    mutating func observe(_ node: NodeID, _ notes: [Checks.Engine.Note], in engine: Checks.Engine,
                          time: Int) -> [SafetyViolation] {
        var findings: [Finding] = []
        checks.observe(node, notes, in: engine) { findings.append($0) }
        var fresh: [SafetyViolation] = []
        for f in findings where !reported.contains(f.property) {
            reported.insert(f.property)
            let v = SafetyViolation(property: f.property, time: time, node: f.node, other: f.other,
                                    term: f.term, index: f.index)
            violations.append(v)
            fresh.append(v)
        }
        return fresh
    }
}

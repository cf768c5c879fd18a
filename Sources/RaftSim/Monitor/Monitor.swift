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
        return report(findings, time: time)
    }

    /// A consumer is handed `node`'s records through `index` at `time` (Kafka's
    /// `consumer_visibility`); returns the properties broken for the first time.
    mutating func consumerReads(from node: NodeID, through index: Int, in engine: Checks.Engine,
                                time: Int) -> [SafetyViolation] {
        var findings: [Finding] = []
        checks.consumerReads(from: node, through: index, in: engine) { findings.append($0) }
        return report(findings, time: time)
    }

    /// The findings stamped with `time`, each property reported once.
    mutating func report(_ findings: [Finding], time: Int) -> [SafetyViolation] {
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

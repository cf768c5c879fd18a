/// One scenario file: a lesson or a test (format, "Top level").
public struct Scenario: Sendable, Equatable {
    /// Shown in the lesson header and in `raftlab lessons`.
    public var title: LocalizedText
    /// One line for `raftlab lessons`.
    public var summary: LocalizedText?
    /// How the cluster starts (format, `cluster`).
    public var cluster: ClusterSpec
    /// The steps, run in order.
    public var steps: [StepAt]

    /// A scenario; `cluster` defaults to the format's defaults.
    public init(title: LocalizedText, summary: LocalizedText? = nil,
                cluster: ClusterSpec = .raft(.defaultCluster), steps: [StepAt]) {
        self.title = title
        self.summary = summary
        self.cluster = cluster
        self.steps = steps
    }

    /// The same scenario with every step position set to 0:0, to compare content only.
    public var positionsErased: Scenario {
        var copy = self
        copy.steps = steps.map(\.positionErased)
        return copy
    }
}

/// A step with its source position, for "step N (line L)" messages.
public struct StepAt: Sendable, Equatable {
    /// The step.
    public var step: Step
    /// 1-based line of the step in its file (0 when built in code).
    public var line: Int
    /// 1-based column of the step in its file (0 when built in code).
    public var column: Int

    /// A step at a position; 0:0 means "not from a file".
    public init(_ step: Step, line: Int = 0, column: Int = 0) {
        self.step = step
        self.line = line
        self.column = column
    }

    /// The same step at 0:0, with the steps of a task's solution and examples erased too.
    public var positionErased: StepAt {
        guard case .task(var task) = step else { return StepAt(step) }
        task.solution = task.solution.map(\.positionErased)
        for k in task.wrongTurns.indices { task.wrongTurns[k].example = task.wrongTurns[k].example.map(\.positionErased) }
        return StepAt(.task(task))
    }
}

extension WorldSpec {
    /// The cluster with every key at the format's default: three planets, seed 1 (format, `cluster`).
    public static var defaultCluster: WorldSpec { WorldSpec(names: Array(planets.prefix(3))) }
}

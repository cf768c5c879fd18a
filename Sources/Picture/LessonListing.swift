/// One lesson of the menu (`raftlab lesson`): what the screen shows of a lesson it may open.
public struct LessonListing: Sendable, Equatable {
    /// The lesson's id (its progress key), number, text and length.
    public var id: String
    public var number: Int?
    public var title: LocalizedText
    public var summary: LocalizedText?
    public var steps: Int
    /// The stop number at each step (`StopNumbers`), for "stopped at 5/18" in the menu.
    public var stops: [Int]
    public init(id: String, number: Int?, title: LocalizedText, summary: LocalizedText?, steps: Int, stops: [Int] = []) {
        self.id = id
        self.number = number
        self.title = title
        self.summary = summary
        self.steps = steps
        self.stops = stops
    }
}

/// How far a learner got in one lesson (the progress file's entry).
public struct LessonProgress: Codable, Sendable, Equatable {
    /// Whether the learner reached the end once (it stays finished).
    public var finished: Bool
    /// The step (1-based) the learner last reached.
    public var step: Int
    /// How many steps the lesson has.
    public var steps: Int

    public init(finished: Bool = false, step: Int, steps: Int) {
        self.finished = finished
        self.step = step
        self.steps = steps
    }
}

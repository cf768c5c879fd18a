import Lessons
import Picture
import RaftRuntime
import Screen

/// What the main loop needs for lessons: the catalog to open them from, and the progress file.
public final class LessonHost {
    public var store: ProgressStore
    /// The lessons it can open: the catalog's, and a scenario file named on the command line.
    public let entries: [LessonEntry]
    /// Where notes go (the log file while the terminal is live).
    let note: (String) -> Void
    /// Problems not yet shown to the learner (the progress file's at launch): the first lesson
    /// opened shows them under its narration.
    var unshown: [String]

    public init(store: ProgressStore, entries: [LessonEntry], unshown: [String] = [],
                note: @escaping (String) -> Void = { _ in }) {
        self.store = store
        self.entries = entries
        self.unshown = unshown
        self.note = note
    }

    /// The runtime's request to start the lesson `id` (where the learner stopped, unless
    /// `fromStart`).
    func start(_ id: String, fromStart: Bool, progress: LessonProgress?) -> RuntimeCommand? {
        guard let entry = entries.first(where: { $0.id == id }) else { return nil }
        let step = Player.startStep(entry.listing, progress: progress, fromStart: fromStart)
        let shown = unshown.isEmpty ? nil : unshown.joined(separator: " ")
        unshown = []
        return .startLesson(LessonStart(id: entry.id, number: entry.number, scenario: entry.scenario,
                                        step: step, note: shown))
    }

    func save(_ id: String, _ progress: LessonProgress) {
        if let problem = store.record(id, step: progress.step, steps: progress.steps, finished: progress.finished) {
            note(problem)
        }
    }
}


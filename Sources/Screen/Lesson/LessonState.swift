import Picture

/// The lesson player's part of the app state: the menu, the lessons known, the learner's
/// progress, and what only the screen decides about the lesson the picture reports (the
/// step list's cursor, how far its text is scrolled).
public struct PlayerState: Sendable {
    /// The lesson menu, when it is open (`raftlab lesson` without a name).
    public var menu: LessonMenu?
    /// The lessons of `scenarios/`, in order (the menu, and the next lesson at the end).
    public var catalog: [LessonListing] = []
    /// Progress by lesson id, as the progress file holds it.
    public var progress: [String: LessonProgress] = [:]
    /// The language of lesson text (`--lang`, else from the locale).
    public var lang = "en"
    /// The step list (`g`) with its cursor, when open.
    public var stepList: Int?
    /// Lines the narration is scrolled down (↑ / ↓) when it does not fit.
    public var scroll = 0
    /// The lesson and step the narration was last shown for (a new one scrolls back up).
    var shown: (id: String, index: Int)?
    /// Whether the narration was scrolled to the shown quiz's answer (once, when it came).
    var answerShown = false
    /// Whether the narration was scrolled to the task's hint (once, when it came).
    var hintShown = false

    public init() {}

    /// Whether the player owns the screen (a lesson or the menu).
    public func active(_ picture: ClusterPicture) -> Bool { menu != nil || picture.lesson != nil }
}

/// The lesson menu: the lessons with their progress; the cursor picks one.
public struct LessonMenu: Sendable, Equatable {
    public var cursor = 0
    /// A note to show under the list (a progress file that could not be read).
    public var note: String?

    public init(cursor: Int = 0, note: String? = nil) {
        self.cursor = cursor
        self.note = note
    }
}

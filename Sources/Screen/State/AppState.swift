import Picture

/// An overlay over the main view; Esc closes it.
public enum Overlay: Sendable, Equatable {
    case help
    /// The options panel, with the row under the cursor.
    case options(row: Int)
    case explain
    case inspect
    /// Every mark and label explained (`l`).
    case legend
}

/// The one owner of UI state (Elm architecture: `update` changes it, `render` draws it). It
/// holds the latest cluster picture and what only the screen decides: size, selection,
/// overlays, scrolling, the lesson menu.
public struct AppState: Sendable {
    public var picture: ClusterPicture
    public var lang: Lang
    /// Whether the terminal shows colours (false under NO_COLOR or without colour support).
    public var colors: Bool
    public var width = 80
    public var height = 24
    public var selected: NodeID = 0
    public var overlay: Overlay? {
        didSet { if overlay != oldValue { overlayScroll = 0 } }
    }
    /// Lines the help or the legend is scrolled down (↑ / ↓, PgUp / PgDn).
    public var overlayScroll = 0
    /// The link whose oldest message is highlighted (`m`).
    public var highlighted: Link?
    public var diagram = false
    /// Event lines scrolled back from the newest (PgUp / PgDn).
    public var eventsScroll = 0
    /// Whether the events pane is enlarged (`v`): it takes the cluster view's rows.
    public var eventsLarge = false
    /// The mode `R` reads in; `v` cycles it (raft-extensions.md, "Reads").
    public var readMode: ReadMode = .readIndex
    /// The first log index shown, held by `<` / `>`; nil follows the commit point and the
    /// newest entries (`LogTableView.defaultFirstIndex`).
    public var logScroll: Int?
    /// The lesson player's view and the lesson menu.
    public var player = PlayerState()
    /// `--mode both`: the Kafka side's picture (`picture` is the Raft side's); nil with one world.
    public var kafkaSide: ClusterPicture?
    /// A key refused in words (in both mode), shown in the footer until the next key.
    public var notice: String?

    public init(picture: ClusterPicture, lang: Lang = .en, colors: Bool = true) {
        self.picture = picture
        self.lang = lang
        self.colors = colors
    }

    public var nodeCount: Int { picture.nodes.count }
    /// Whether two worlds are drawn side by side (`--mode both`).
    public var both: Bool { kafkaSide != nil }
    /// The lesson the picture reports, if one runs and the menu is closed.
    public var lesson: LessonReport? { player.menu == nil ? picture.lesson : nil }
    /// The header's title: the lesson's step and title, the menu, or nil in the sandbox.
    public var title: String? {
        if player.menu != nil { return LessonWords(lang).lessons }
        if kafkaSide != nil, lesson == nil { return UIWords(lang).bothTitle }
        guard let lesson else { return nil }
        let number = lesson.number.map { "\($0). " } ?? ""
        let step = LessonWords(lang).stepOf(lesson.stop.number, lesson.stop.count)
        return "\(step) · \(number)\(lesson.title.resolve(player.lang))"
    }
}

/// Something that happened to the UI.
public enum Input: Sendable {
    case key(Key)
    /// A mouse click at a cell.
    case click(x: Int, y: Int)
    case resize(width: Int, height: Int)
    /// The runtime published a new picture.
    case picture(ClusterPicture)
    /// `--mode both`: the Kafka side's new picture (applied before the Raft side's `picture`).
    case sidePicture(ClusterPicture)
}

/// What `update` asks the main loop to do.
public enum Effect: Sendable, Equatable {
    /// A request for the runtime.
    case action(Action)
    /// Open the lesson with this id (from the menu, or the next one at a lesson's end).
    case openLesson(String, fromStart: Bool)
    /// Save the learner's progress in a lesson.
    case saveProgress(id: String, LessonProgress)
    case quit
}

/// The languages raftlab speaks (`--lang`). Adding one is a compile error wherever a phrase
/// lacks it: `Phrase` has one stored string per language and switches over them all.
public enum Lang: String, Sendable, CaseIterable {
    case en, ko
}

/// One piece of raftlab's own text, written in every language together (the text catalog's
/// unit). A missing translation does not compile; none falls back silently.
public struct Phrase: Sendable, Hashable {
    public let en: String
    public let ko: String

    public init(en: String, ko: String) {
        self.en = en
        self.ko = ko
    }

    /// The same text in every language (a name, a number, a symbol).
    public init(_ same: String) { self.init(en: same, ko: same) }

    public subscript(_ lang: Lang) -> String {
        switch lang {
        case .en: en
        case .ko: ko
        }
    }
}

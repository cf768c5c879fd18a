/// The language every generated line is written in (`--lang`).
public enum Lang: String, Sendable, CaseIterable {
    case en, ko
}

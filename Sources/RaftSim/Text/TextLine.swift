/// One line of text and the rules behind it, kept apart: transcripts and the events pane
/// print `rendered`; the explain overlay reads `rules` (never parsed back out of the text).
public struct TextLine: Sendable, Equatable {
    /// The sentence, without its tags.
    public var text: String
    /// The rules that decided it, in the order its tag names them; empty for world events.
    public var rules: [Citation]

    public init(_ text: String, rules: [Citation] = []) {
        self.text = text
        self.rules = rules
    }

    /// A line citing `first` and then `more`: `TextLine("...", .preVote, .electionRestriction)`.
    public init(_ text: String, _ first: Citation, _ more: Citation...) {
        self.init(text, rules: [first] + more)
    }

    /// The text, then its tags after one space when it has any: "... votes for itself [5.2]".
    public var rendered: String {
        rules.isEmpty ? text : text + " " + Citation.tags(rules)
    }

    /// The text, then its tags as the learner reads them (`shown` writes each tag in `lang`):
    /// the live view's form; `rendered` stays the transcripts' form, for authors.
    public func shown(_ lang: Lang, tag: (Citation) -> Phrase) -> String {
        rules.isEmpty ? text : text + " " + Citation.shownTags(rules, lang, shown: tag)
    }

    /// The same line with `head` in front: a sentence's cause completes its head.
    func after(_ head: String) -> TextLine {
        TextLine(head + text, rules: rules)
    }
}

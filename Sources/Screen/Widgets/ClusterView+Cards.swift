/// The cards: one per node, as detailed as the arrangement allows. Durable state (term, vote,
/// log) sits above the "memory" line or on the borders; volatile state (role, commit, timer,
/// votes) below it or inside, and a crash wipes it (product.md, "The screen").
extension ClusterView {
    /// Draws one node's card in `r` at `level`.
    static func card(_ f: CardFacts, _ r: Rect, _ level: CardLevel, _ words: ClusterWords,
                     into buffer: inout ScreenBuffer) {
        if let k = f.kafka { return kafkaCard(f, k, r, level, words, into: &buffer) }
        switch level {
        case .full, .medium: tallCard(f, r, full: level == .full, words, into: &buffer)
        case .small: smallCard(f, r, words, into: &buffer)
        case .compact: compactCard(f, r, words, into: &buffer)
        case .tiny: tinyCard(f, r, words, into: &buffer)
        }
    }

    /// Styles of a card: its border, its title, its text and its labels.
    struct CardStyles {
        var border, title, text, label, term, role: Style
        init(_ f: CardFacts) {
            let down = f.live == nil
            border = Style(f.tint, bold: f.selected, dim: down || !f.member)  // a non-member is drawn faint
            title = Style(f.tint, bold: true, dim: down, reverse: f.selected)
            text = Style(down ? .crashed : .plain, dim: down)
            label = Style(.muted, dim: true)
            term = Style(down ? .crashed : .term(f.term), dim: down)
            role = Style(f.tint, bold: true, dim: down)
        }
    }

    /// The frame and title shared by bordered cards; `right` is the label on the top border,
    /// left out when it would cut the name (a name too long for the card ends in "…").
    /// Returns whether the label was drawn.
    @discardableResult
    static func frame(_ f: CardFacts, _ r: Rect, right: String, _ s: CardStyles,
                      into buffer: inout ScreenBuffer) -> Bool {
        box(r, f.selected ? .selected : .plain, s.border, into: &buffer)
        var title = " \(f.glyph) \(Ellipsis.cut(f.name, columns: r.width - 6)) "
        // One column short of the label (Korean "임기1" beside a seven-letter name): the glyph
        // touches the name, so the term stays on top and the bottom keeps the vote and the log.
        if 1 + columns(title) + columns(right) + 4 == r.width + 1 { title = " \(f.glyph)\(f.name) " }
        let fits = 1 + columns(title) + columns(right) + 4 <= r.width
        buffer.put(title, x: r.x + 1, y: r.y, style: s.title, maxX: r.maxX - 1)
        if fits { rightLabel(right, r, row: r.y, s.label, into: &buffer) }
        return fits
    }

    /// The separator between the durable and the volatile part, labelled "memory".
    static func memoryLine(_ f: CardFacts, _ r: Rect, _ y: Int, _ s: CardStyles, _ words: ClusterWords,
                           into buffer: inout ScreenBuffer) {
        let chars: Frame = f.selected ? .selected : .plain
        rule(r, row: y, chars.teeLeft, chars.teeRight, chars, s.border, into: &buffer)
        rightLabel(words.memory, r, row: y, s.label, into: &buffer)
    }

    /// Seven or eight rows: disk (term and vote, log), a "memory" line, then role and commit
    /// (a medium card's candidate: its votes), the timer, and on full cards a third line
    /// (votes, known leader, or the leader's match and next indexes).
    static func tallCard(_ f: CardFacts, _ r: Rect, full: Bool, _ words: ClusterWords,
                         into buffer: inout ScreenBuffer) {
        let s = CardStyles(f)
        frame(f, r, right: f.member ? words.disk : words.nonMember, s, into: &buffer)
        pairRow(words.term(f.term), s.term, words.vote(f.vote), s.text, r, r.y + 1, into: &buffer)
        let log = f.termsMeasured ? words.log(f.logCount, lastTerm: f.lastTerm) : words.committedLog(f.logCount)
        let fits = columns(log) <= r.width - 3
        let narrow = f.termsMeasured ? words.narrowLog(f.logCount, lastTerm: f.lastTerm) : words.shortLog(f.logCount)
        row(fits ? log : narrow, r, r.y + 2, s.text, into: &buffer)
        memoryLine(f, r, r.y + 3, s, words, into: &buffer)
        guard let live = f.live else {
            row("\(f.glyph) \(UIWords(words.lang).crashed)", r, r.y + 4, s.title, into: &buffer)
            row(first(words.wiped, fitting: r.width - 3), r, r.y + 5, s.text, into: &buffer)
            return
        }
        let inner = r.width - 3
        if !full, live.votes != nil {
            row(first(withRole(live, votes(live, words)), fitting: inner), r, r.y + 4, s.role, into: &buffer)
        } else {
            pairRow(live.roleWord, s.role, words.commit(live.commit), s.text, r, r.y + 4, into: &buffer)
        }
        timerRow(live, r, r.y + 5, words, f.tint, into: &buffer)
        if full { row(first(thirdLine(live, words), fitting: inner), r, r.y + 6, s.text, into: &buffer) }
    }

    /// "timer ████░░ 120ms", or for a leader "♥ ███░ 20ms" (its next heartbeat).
    static func timerRow(_ live: CardFacts.Live, _ r: Rect, _ y: Int, _ words: ClusterWords, _ tint: Tint,
                         into buffer: inout ScreenBuffer) {
        guard live.timerMeasured else {  // a real member: its condition, else say the timer is not measured
            let text = live.status ?? UIWords(words.lang).timerNotMeasured
            row(first([text], fitting: r.width - 3), r, y, live.status == nil ? Style(.muted) : Style(.warning, bold: true), into: &buffer)
            return
        }
        let suffix = words.milliseconds(live.msLeft)
        let x = row(live.heartbeat ? "♥" : words.timer, r, y, Style(tint), into: &buffer) + 1
        let end = r.maxX - 2 - columns(suffix)
        let after = bar(live.left, width: max(3, end - x), x: x, y: y, maxX: r.maxX - 1, Style(tint), into: &buffer)
        row(suffix, r, y, .plain, at: after + 1, into: &buffer)
    }

    /// A candidate's votes, longest first: "2 of 3 votes, needs 2" (5.2).
    static func votes(_ live: CardFacts.Live, _ words: ClusterWords) -> [String] {
        guard let v = live.votes else { return [] }
        return words.votes(granted: v.granted, refused: v.refused, of: v.granted + v.refused + v.pending,
                           needed: v.needed)
    }

    /// Each text with the role word before it, then alone: the role goes before a shorter
    /// form does (the title's glyph still names the role).
    static func withRole(_ live: CardFacts.Live, _ texts: [String]) -> [String] {
        texts.flatMap { [live.roleWord + " " + $0, $0] }
    }

    /// A full card's last line, longest first: a candidate's votes, a leader's match and next
    /// indexes, a follower's leader.
    static func thirdLine(_ live: CardFacts.Live, _ words: ClusterWords) -> [String] {
        if live.votes != nil { return votes(live, words) }
        if live.role == .leader, let match = live.match, let next = live.next {
            return words.progress(match: match, next: next)
        }
        return [words.follows(live.leader)]
    }

    /// Five rows: title, one disk row, a "memory" line, one volatile row.
    static func smallCard(_ f: CardFacts, _ r: Rect, _ words: ClusterWords, into buffer: inout ScreenBuffer) {
        let s = CardStyles(f)
        frame(f, r, right: f.member ? words.disk : words.nonMember, s, into: &buffer)
        let term = words.term(f.term), short = words.shortTerm(f.term)
        let vote = words.vote(f.vote), withLog = vote + " · " + words.shortLog(f.logCount)
        let options = [(term, withLog), (term, vote), (short, withLog), (short, vote)]
        let (shown, rest) = options.first { columns($0.0) + 3 + columns($0.1) <= r.width - 3 } ?? options[3]
        let x = row(shown, r, r.y + 1, s.term, into: &buffer)
        row(" · " + rest, r, r.y + 1, s.text, at: x, into: &buffer)
        memoryLine(f, r, r.y + 2, s, words, into: &buffer)
        liveRow(f, r, r.y + 3, words, s, into: &buffer)
    }

    /// Three rows: title and term on the top border, vote and log on the bottom border
    /// (durable), the volatile summary inside.
    static func compactCard(_ f: CardFacts, _ r: Rect, _ words: ClusterWords, into buffer: inout ScreenBuffer) {
        let s = CardStyles(f)
        let termOnTop = frame(f, r, right: words.shortTerm(f.term), s, into: &buffer)
        let log = words.shortLog(f.logCount), vote = words.vote(f.vote), term = words.shortTerm(f.term)
        let bottom = termOnTop ? first([[log, vote], [vote]], fitting: r.width - 4)
                               : first([[term, log, vote], [term, vote], [term]], fitting: r.width - 4)
        buffer.put(" \(bottom) ", x: r.x + 1, y: r.maxY - 1, style: s.label, maxX: r.maxX - 1)
        liveRow(f, r, r.y + 1, words, s, into: &buffer)
    }

    /// The first of the choices, joined with " · ", that fits in `width` (else the last).
    static func first(_ choices: [[String]], fitting width: Int) -> String {
        first(choices.map { $0.joined(separator: " · ") }, fitting: width)
    }

    /// The first text that fits in `width`; else the last, cut with "…".
    static func first(_ choices: [String], fitting width: Int) -> String {
        choices.first { columns($0) <= width } ?? Ellipsis.cut(choices.last ?? "", columns: width)
    }

    /// The volatile row of small and compact cards: role, then votes, or commit and the timer
    /// bar ("crashed" when down).
    static func liveRow(_ f: CardFacts, _ r: Rect, _ y: Int, _ words: ClusterWords, _ s: CardStyles,
                        into buffer: inout ScreenBuffer) {
        guard let live = f.live else {
            row(UIWords(words.lang).crashed, r, y, s.title, into: &buffer)
            return
        }
        let inner = r.width - 3
        if live.votes != nil {
            row(first(withRole(live, votes(live, words)), fitting: inner), r, y, s.role, into: &buffer)
            return
        }
        let x = row(live.roleWord, r, y, s.role, into: &buffer)
        commitAndBar(live, x: x, y: y, maxX: r.maxX - 1, words, f.tint, into: &buffer)
    }

    /// " commit 4 ♥███" after the role word, "c4" when the long form leaves the bar under 3
    /// cells.
    static func commitAndBar(_ live: CardFacts.Live, x: Int, y: Int, maxX: Int, _ words: ClusterWords, _ tint: Tint,
                             into buffer: inout ScreenBuffer) {
        let heart = live.heartbeat ? " ♥" : " "
        let long = " " + words.commit(live.commit) + heart
        let text = x + columns(long) + 3 <= maxX ? long : " " + words.shortCommit(live.commit) + heart
        let after = buffer.put(text, x: x, y: y, style: Style(tint), maxX: maxX)
        guard live.timerMeasured else {  // a real member: no timer bar, its condition if any
            if let status = live.status { buffer.putCut(status, x: after, y: y, style: Style(.warning, bold: true), maxX: maxX) }
            return
        }
        bar(live.left, width: maxX - after, x: after, y: y, maxX: maxX, Style(tint), into: &buffer)
    }

    /// Two rows, no border: "▶★ Neptune   t2" then commit and timer, a candidate's votes, or
    /// "crashed"; the term starts the second row when the name leaves no room for it.
    static func tinyCard(_ f: CardFacts, _ r: Rect, _ words: ClusterWords, into buffer: inout ScreenBuffer) {
        let s = CardStyles(f)
        buffer.fill(x: r.x, y: r.y, width: r.width, height: r.height)
        let name = (f.selected ? "▶" : " ") + f.glyph + " " + Ellipsis.cut(f.name, columns: r.width - 3)
        let end = buffer.put(name, x: r.x, y: r.y, style: s.title, maxX: r.maxX)
        let term = words.shortTerm(f.term)
        let termOnTop = end + 1 + columns(term) <= r.maxX
        if termOnTop { buffer.put(term, x: r.maxX - columns(term), y: r.y, style: s.term, maxX: r.maxX) }
        guard r.height > 1 else { return }
        let x = termOnTop ? r.x + 1 : buffer.put(" " + term, x: r.x, y: r.y + 1, style: s.term, maxX: r.maxX) + 1
        guard let live = f.live else {
            buffer.putCut(UIWords(words.lang).crashed, x: x, y: r.y + 1, style: s.text, maxX: r.maxX)
            return
        }
        if live.votes != nil {
            buffer.put(first(votes(live, words), fitting: r.maxX - x), x: x, y: r.y + 1, style: s.role, maxX: r.maxX)
            return
        }
        commitAndBar(live, x: x - 1, y: r.y + 1, maxX: r.maxX, words, f.tint, into: &buffer)
    }
}

/// The footer: the keys that matter now (product.md, "The screen"): the overlay's keys while
/// one is open, stepping while paused, else the keys that break the cluster. Keys that do
/// not fit are left out from the middle; help and quit always stay.
enum FooterView {
    /// `layout`: the frame's, when the caller has it (else it is worked out).
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect, layout: Layout? = nil) {
        guard !rect.isEmpty else { return }
        if let notice = state.notice {  // a key refused in words (both mode), until the next key
            buffer.put(TextWrap.cut(notice, width: rect.width), x: rect.x, y: rect.y, style: Style(.warning, bold: true),
                       maxX: rect.maxX)
            return
        }
        var hints = self.hints(state, layout: layout)
        while hints.count > 2 && width(hints) > rect.width { hints.remove(at: hints.count - 3) }
        var x = rect.x
        for hint in hints {
            x = buffer.put(hint.key, x: x, y: rect.y, style: Style(.accent, bold: true, reverse: true), maxX: rect.maxX)
            x = buffer.put(" " + hint.word, x: x, y: rect.y, maxX: rect.maxX) + 2
        }
    }

    /// The hints for the state, most important first and help / quit (or close / quit) last.
    static func hints(_ state: AppState, layout: Layout? = nil) -> [UIWords.KeyHint] {
        let w = UIWords(state.lang)
        switch state.overlay {
        case .options: return [w.move, w.nextValue, w.previousValue, w.close, w.quit]
        case .help?, .legend?: return [w.scroll, w.close, w.quit]
        case .some where OverlayView.scrolls(state): return [w.scroll, w.close, w.quit]  // both mode's explain, inspect
        case .some: return [w.close, w.quit]
        case nil: break
        }
        if let lesson = LessonFooter.hints(state, layout: layout) { return lesson }
        if state.picture.real != nil { return w.realHints(state) }
        if state.picture.run.paused {
            return [w.run, w.step, w.rewind, w.select(state.nodeCount), w.crash, w.restart, w.write,
                    w.explain, w.help, w.quit]
        }
        // Kafka: no election timer to fire (the controller picks leaders); a slow follower leaves the ISR.
        let sixth = state.picture.isKafka ? w.slow : w.timeout
        // Both mode: no options panel (the two engines' options differ).
        return [w.select(state.nodeCount), w.crash, w.restart, w.isolate, w.heal, w.write, sixth,
                w.pause, w.inspect] + (state.both ? [] : [w.options]) + [w.legend, w.help, w.quit]
    }

    /// Columns the hints take: "key word" and two spaces between.
    static func width(_ hints: [UIWords.KeyHint]) -> Int {
        hints.reduce(0) { $0 + CharWidth.of($1.key) + 1 + CharWidth.of($1.word) + 2 } - 2
    }
}

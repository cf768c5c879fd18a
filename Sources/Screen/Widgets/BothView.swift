import Picture

/// `--mode both` (issue 12, item 4): the Raft side and the Kafka side, each drawn by the same
/// widgets as in one mode from its own picture (`side`), a title line over each, one events
/// pane merging both sides' lines by time, each line saying its side.
enum BothView {
    /// The two sides' names and pictures, Raft first.
    static func sides(_ state: AppState) -> [(name: String, decides: String, picture: ClusterPicture)] {
        guard let kafka = state.kafkaSide else { return [] }
        let words = UIWords(state.lang)
        return [(words.raftSide, words.raftDecides, state.picture), (words.kafkaSide, words.kafkaDecides, kafka)]
    }

    /// The state one side's widgets draw from: its picture, as wide as its log table.
    static func side(_ state: AppState, _ picture: ClusterPicture, width: Int) -> AppState {
        var s = state
        s.picture = picture
        s.kafkaSide = nil
        s.width = width
        return s
    }

    /// The state `<` and `>` measure the log table by: the Raft side's in both mode.
    static func logState(_ state: AppState) -> AppState {
        guard state.both else { return state }
        return side(state, state.picture, width: BothLayout.of(state).sides[0].log.width)
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let layout = BothLayout.of(state)
        HeaderView.draw(state, into: &buffer, rect: layout.header)
        if let banner = layout.banner { self.banner(state, into: &buffer, rect: banner) }
        // The rule between the halves first: a side drawing past its half would show over it.
        if layout.beside, let left = layout.sides.first {
            let x = left.title.maxX
            for y in left.title.y..<layout.events.y { buffer.put("│", x: x, y: y, style: Style(.muted)) }
        }
        for ((name, decides, picture), rects) in zip(sides(state), layout.sides) {
            let s = side(state, picture, width: rects.log.width)
            title(name, decides, s, state.picture.now, into: &buffer, rect: rects.title)
            if state.diagram {
                DiagramView.draw(s, into: &buffer, rect: rects.cluster)
            } else {
                ClusterView.draw(s, into: &buffer, rect: rects.cluster)
            }
            LogTableView.draw(s, into: &buffer, rect: rects.log, cluster: rects.cluster)
        }
        EventsView.draw(merged(state, rows: layout.events.height), into: &buffer, rect: layout.events)
        FooterView.draw(state, into: &buffer, rect: layout.footer)
    }

    /// "Raft · a majority decides", with the side's own time when it is not the header's, and
    /// flush right the client's counts (what each side acknowledged, lost, refused: always in
    /// view, as a half's log table may have no room for them). The name first, the counts next.
    static func title(_ name: String, _ decides: String, _ side: AppState, _ now: Int,
                      into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        var x = buffer.put(" \(name) ", x: rect.x, y: rect.y, style: Style(.accent, bold: true, reverse: true), maxX: rect.maxX)
        var rest = decides
        if side.picture.now != now {
            rest += " · " + UIWords(side.lang).sideAt(TimeText.seconds(side.picture.now))
        }
        let words = ClusterWords(side.lang)
        let clients = side.picture.clients
        let counts = words.counters(acked: clients.acked, lost: clients.lost, refused: clients.refusedCount)
        var end = rect.maxX
        if let text = (counts.map { words.clientCounts($0) } + counts).first(where: { CharWidth.of($0) <= rect.maxX - x - 3 }) {
            end = rect.maxX - 1 - CharWidth.of(text)  // a space before the rule between the halves
            buffer.put(text, x: end, y: rect.y, style: Style(.muted), maxX: rect.maxX)
            end -= 2
        }
        x = buffer.put(" ", x: x, y: rect.y, maxX: end)
        if end - x >= 8 { buffer.putCut(rest, x: x, y: rect.y, style: Style(.muted), maxX: end) }
    }

    /// The state the events pane draws: both sides' main events, newest `rows + eventsScroll`
    /// of each, merged by time (Raft's first at the same millisecond), each line starting with
    /// its side's name.
    static func merged(_ state: AppState, rows: Int) -> AppState {
        let wanted = rows + max(0, state.eventsScroll)
        let labelled = sides(state).map { side in newest(side.picture, label: side.name, count: wanted) }
        var out: [EventPicture] = []
        var a = labelled[0][...], b = labelled[1][...]
        while let x = a.first, let y = b.first {
            if y.time < x.time { out.append(b.removeFirst()) } else { out.append(a.removeFirst()) }
        }
        out += a
        out += b
        var s = state
        s.picture.events = out
        s.kafkaSide = nil
        return s
    }

    /// The newest `count` main events of a picture, oldest first, each line starting "Raft │ ".
    static func newest(_ picture: ClusterPicture, label: String, count: Int) -> [EventPicture] {
        var out: [EventPicture] = []
        for event in picture.events.reversed() where event.main {
            var e = event
            e.text = Phrase(en: label + " │ " + event.text[.en], ko: label + " │ " + event.text[.ko])
            out.append(e)
            if out.count == count { break }
        }
        return out.reversed()
    }

    /// The banner: the newest violation of either side, saying which.
    static func banner(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        let found = sides(state).compactMap { side in side.picture.monitor.violations.last.map { (side.name, side.picture.monitor, $0.time) } }
        guard let (name, monitor, _) = found.max(by: { $0.2 < $1.2 }) else { return }
        let style = Style(.bad, bold: true)
        buffer.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: style)
        let text = name + " │ " + BannerView.text(monitor, state.lang)
        buffer.put(TextWrap.cut(text, width: rect.width), x: rect.x, y: rect.y, style: style, maxX: rect.maxX)
    }

    /// A key both mode refuses, in words (nil: the key acts on both sides): `o` (the two
    /// engines' options differ) and the lesson keys (no lesson runs beside Kafka).
    static func refused(_ key: Key, _ state: AppState) -> String? {
        guard state.overlay == nil, state.player.menu == nil else { return nil }
        let words = UIWords(state.lang)
        switch KeyTable.command(for: key) {
        case .options?: return words.bothNoOptions
        case .goOn?, .previousStep?, .stepList?, .retryTask?: return words.bothNoLessons
        default: return nil
        }
    }

    // MARK: - Overlays

    /// Explain, inspect, the legend and the help in both mode: the Raft side's, then the
    /// Kafka side's, each under its name (nil: the overlay as in one mode).
    static func overlay(_ overlay: Overlay, _ state: AppState, width: Int) -> OverlayView.Content? {
        guard state.both else { return nil }
        let words = UIWords(state.lang)
        var parts: [OverlayView.Line] = []
        for (k, (name, _, picture)) in sides(state).enumerated() {
            let s = side(state, picture, width: state.width)
            let heading: String
            let lines: [OverlayView.Line]
            switch overlay {
            case .explain:
                heading = name
                lines = ExplainOverlay.content(s, width: width).lines
            case .inspect:
                let content = InspectOverlay.content(s, width: width)
                heading = name + " · " + (content.title.hasSuffix(" · Esc") ? String(content.title.dropLast(6)) : content.title)
                lines = content.lines
            case .legend, .help:
                heading = name
                lines = LegendOverlay.lines(s, width: width)
            case .options: return nil
            }
            if k > 0 { parts.append(OverlayView.Line()) }
            parts.append(OverlayView.Line(runs: [(" " + heading + " ", Style(.accent, bold: true, reverse: true))]))
            parts += lines
        }
        let legend = LegendWords(state.lang)
        switch overlay {
        case .explain:
            return OverlayView.Content(title: words.explainTitle + " · " + legend.scrollHint + " · Esc", lines: parts,
                                       scroll: state.overlayScroll)
        case .inspect:
            let name = state.picture.name(min(max(0, state.selected), max(0, state.nodeCount - 1)))
            return OverlayView.Content(title: words.inspectTitle(name) + " · " + legend.scrollHint + " · Esc", lines: parts,
                                       scroll: state.overlayScroll)
        case .legend:
            return OverlayView.Content(title: legend.title + " · " + legend.scrollHint + " · Esc", lines: parts,
                                       scroll: state.overlayScroll)
        case .help:
            let note = OverlayView.wrapped(words.bothHelp, width: width, style: Style(.accent))
            let keys = HelpOverlay.keys(state, width: width)
            let heading = OverlayView.Line(legend.underKeys, Style(.accent, bold: true))
            return OverlayView.Content(title: words.helpTitle + " · " + legend.scrollHint + " · Esc",
                                       lines: note + [OverlayView.Line()] + keys + [OverlayView.Line(), heading] + parts,
                                       scroll: state.overlayScroll)
        case .options: return nil
        }
    }
}

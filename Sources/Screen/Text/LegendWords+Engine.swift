import Picture

/// The legend of an engine that brings its own card marks (Kafka): its cards, controller and
/// log rows from the picture, with their sources; its client, partition and diagram marks where
/// it has them; the screen's marks that every engine shares.
extension LegendWords {
    func engineSections(_ picture: ClusterPicture) -> [Section] {
        let s = picture.settings
        let own = entries(s.nodeMarks)
        let client = s.clientMarks.isEmpty ? client : entries(s.clientMarks)
        let diagram = s.diagramMarks.isEmpty ? diagram : entries(s.diagramMarks)
        return [Section(title: pick("Cards, controller and log table", "카드, 컨트롤러, 로그 표"), entries: own + [selected]),
                Section(title: pick("Links and messages", "링크와 메시지"), entries: engineLinks(picture)),
                Section(title: pick("Client", "클라이언트"), entries: client),
                Section(title: pick("Log table", "로그 표"), entries: Array(logTable.suffix(2))),
                Section(title: pick("Space-time diagram (d)", "시공간 다이어그램 (d)"), entries: diagram)]
    }

    /// The marks as entries in the learner's language.
    func entries(_ marks: [MarkPicture]) -> [Entry] {
        marks.map { Entry(mark: $0.mark[lang], meaning: $0.meaning[lang], rules: $0.rules) }
    }

    /// The links' marks, a partition's groups in the engine's words when it has them.
    func engineLinks(_ picture: ClusterPicture) -> [Entry] {
        guard let groups = picture.settings.groupsMark.map({ entries([$0])[0] }) else { return links(picture) }
        let groupsMark = pick("can talk: Neptune, Saturn | Jupiter", "통신 가능: Neptune, Saturn | Jupiter")
        return links(picture).map { $0.mark == groupsMark ? groups : $0 }
    }

    /// The selected card's border, as on every card.
    var selected: Entry {
        entry(Phrase(en: "╔═╗ ▶ double border", ko: "╔═╗ ▶ 이중 테두리"), Phrase(
            en: "the selected node (1-9, Tab): c r p s t W k i act on it",
            ko: "선택한 노드 (1-9, Tab): c r p s t W k i가 이 노드에 작용합니다"))
    }
}

import Picture

/// The legend of an engine that brings its own card marks (Kafka): its cards, controller and
/// log rows from the picture, with their sources; the screen's marks that every engine shares.
extension LegendWords {
    func engineSections(_ picture: ClusterPicture) -> [Section] {
        let own = picture.settings.nodeMarks.map { Entry(mark: $0.mark[lang], meaning: $0.meaning[lang], rules: $0.rules) }
        return [Section(title: pick("Cards, controller and log table", "카드, 컨트롤러, 로그 표"), entries: own + [selected]),
                Section(title: pick("Links and messages", "링크와 메시지"), entries: links(picture)),
                Section(title: pick("Client", "클라이언트"), entries: client),
                Section(title: pick("Log table", "로그 표"), entries: Array(logTable.suffix(2))),
                Section(title: pick("Space-time diagram (d)", "시공간 다이어그램 (d)"), entries: diagram)]
    }

    /// The selected card's border, as on every card.
    var selected: Entry {
        entry(Phrase(en: "╔═╗ ▶ double border", ko: "╔═╗ ▶ 이중 테두리"), Phrase(
            en: "the selected node (1-9, Tab): c r p s t W k i act on it",
            ko: "선택한 노드 (1-9, Tab): c r p s t W k i가 이 노드에 작용합니다"))
    }
}

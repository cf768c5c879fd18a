import Picture

/// The help overlay (`?`) and the options panel (`o`): every key of product.md's table and
/// every option row, in English and Korean.
extension UIWords {
    var helpTitle: String { pick("Keys", "키") }
    var optionsTitle: String { pick("Options", "옵션") }

    /// Every key and what it does (product.md, "Keys"), one row each, from the key table.
    var keys: [KeyHint] {
        KeyTable.help.map { KeyHint(key: KeyTable.shown($0), word: $0.text[lang]) }
    }

    /// How to use the options panel, under its rows.
    var optionsHint: String {
        pick("↑↓ move · Enter/Space/→ next value · ← previous · Esc close",
             "↑↓ 이동 · Enter/Space/→ 다음 값 · ← 이전 값 · Esc 닫기")
    }

    /// A switch's state as a word.
    func onOff(_ value: Bool) -> String { value ? on : off }
}

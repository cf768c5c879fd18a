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

    /// In a lesson, outside a task: the panel shows the settings, and changes wait.
    var optionsWaitForTask: String {
        pick("The lesson is reading or playing its own steps: settings change only in a task, when the lesson says it is your turn.",
             "레슨이 설명하거나 스스로 진행하는 중이라 설정은 바뀌지 않습니다. 여러분 차례라고 레슨이 알려 주는 과제에서만 바꿀 수 있습니다.")
    }

    /// A switch's state as a word.
    func onOff(_ value: Bool) -> String { value ? on : off }
}

import Foundation
import Picture
import Testing
@testable import Screen

/// The one key table: every command has one binding, no key gives two commands, and the
/// README's key table is the help's, row for row.
struct KeyTableTests {
    @Test func everyCommandHasOneBindingAndNoKeyTwo() {
        for command in KeyCommand.allCases {
            #expect(KeyTable.bindings.filter { $0.command == command }.count == 1, "\(command)")
        }
        let keys = KeyTable.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        for row in KeyTable.help { #expect(!row.groups.isEmpty) }
        let helped = Set(KeyTable.help.flatMap { $0.groups.joined() })
        #expect(helped == Set(KeyCommand.allCases), "every command is in the help")
    }

    @Test func theReadmeListsTheHelpsKeys() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex(of: "| keys | does |"))
        let rows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }.map { $0 }
        let expected = KeyTable.help.map { row in
            "| " + row.groups.map { "`" + $0.map { KeyTable.binding($0).shown }.joined(separator: " ") + "`" }
                .joined(separator: "  ") + " | " + row.text.en + " |"
        }
        #expect(rows == expected)
    }

    @Test func theHelpOverlayShowsTheTable() {
        let words = UIWords(.en)
        #expect(words.keys.map(\.key) == KeyTable.help.map(KeyTable.shown))
        #expect(words.keys.first?.word == "select a node (in a quiz, digits answer it)")
    }
}

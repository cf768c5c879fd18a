import Foundation
import Picture
import Testing
@testable import Screen

/// The one key table: every command has one binding, no key gives two commands, and the
/// README's key tables are the help's, row for row (the sandbox's, and `raftlab etcd`'s).
struct KeyTableTests {
    @Test func everyCommandHasOneBindingAndNoKeyTwo() {
        for command in KeyCommand.allCases {
            #expect(KeyTable.bindings.filter { $0.command == command }.count == 1, "\(command)")
        }
        let keys = KeyTable.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        for row in KeyTable.help + KeyTable.realHelp { #expect(!row.groups.isEmpty) }
        // `z` pauses a real etcd member: only `raftlab etcd`'s help lists it.
        let helped = Set(KeyTable.help.flatMap { $0.groups.joined() })
        #expect(helped == Set(KeyCommand.allCases).subtracting([.freeze]), "every simulator command is in the help")
        let real = Set(KeyTable.realHelp.flatMap { $0.groups.joined() })
        #expect(real == KeyTable.realCommands, "the etcd help lists exactly what a real cluster honours")
    }

    @Test func theReadmeListsTheHelpsKeys() throws {
        #expect(try Self.readmeTable(after: "| keys | does |") == Self.rows(KeyTable.help))
        #expect(try Self.readmeTable(after: "| etcd keys | does |") == Self.rows(KeyTable.realHelp))
    }

    static func readmeTable(after header: String) throws -> [String] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: header))
        return lines[(start + 2)...].prefix { $0.hasPrefix("|") }.map { $0 }
    }

    static func rows(_ help: [KeyHelpRow]) -> [String] {
        help.map { row in
            "| " + row.groups.map { "`" + $0.map { KeyTable.binding($0).shown }.joined(separator: " ") + "`" }
                .joined(separator: "  ") + " | " + row.text.en + " |"
        }
    }

    @Test func theHelpOverlayShowsTheTable() {
        let words = UIWords(.en)
        #expect(words.keys.map(\.key) == KeyTable.help.map(KeyTable.shown))
        #expect(words.keys.first?.word == "select a node (in a quiz, digits answer it)")
    }
}

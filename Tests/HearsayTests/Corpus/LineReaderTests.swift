import Foundation
import Testing
@testable import Hearsay

@Suite struct LineReaderTests {
    func reader(_ bytes: [UInt8], maxLineBytes: Int) throws -> (LineReader, URL) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-lines-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        return (try LineReader(path: url.path, maxLineBytes: maxLineBytes), url)
    }

    @Test func linesOverTheCapAreSkippedNotHeld() throws {
        let long = [UInt8](repeating: 0x78, count: 200_000)
        let (lines, url) = try reader(Array("first\r\n".utf8) + long + [0x0A] + Array("last".utf8), maxLineBytes: 100_000)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(lines.next() == .bytes(Array("first".utf8)))
        #expect(lines.next() == .tooLong(length: 200_000))
        #expect(lines.next() == .bytes(Array("last".utf8)))
        #expect(lines.lineNumber == 3)
        #expect(lines.next() == nil)
    }

    @Test func peekingKeepsLeadingWhitespaceForReadAll() throws {
        let (lines, url) = try reader(Array("\n  plain text".utf8), maxLineBytes: 100)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(lines.peekFirstNonSpace() == 0x70)
        #expect(try lines.readAll(limit: 100) == Array("\n  plain text".utf8))
    }

    @Test func aLongJSONLLineIsAnErrorRecordForThatLineAlone() throws {
        let records = #"{"id": "a", "text": "One."}"# + "\n" + String(repeating: "x", count: 5000) + "\n" + #"{"id": "b", "text": "Two."}"#
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-long-\(UUID().uuidString).jsonl")
        try Data(records.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let inputs = Array(InputEnumerator(paths: [url.path], maxBytes: 1000))
        #expect(inputs.map(\.id) == ["a", "\(url.path):2", "b"])
        if case let .failure(_, message) = inputs[1] { #expect(message.contains("line of 5000 bytes, over the limit of 1000 bytes")) }
        else { Issue.record("line 2 should fail") }
    }
}

import Foundation
import Testing
@testable import Hearsay

@Suite struct OutputFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-output-\(UUID().uuidString)")

    @Test func commitMovesTheFileIntoPlace() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.jsonl").path
        let file = try OutputFile(path: path)
        file.write("{}\n")
        #expect(!FileManager.default.fileExists(atPath: path), "nothing at the path before commit")
        try file.commit()
        #expect(FileManager.default.contents(atPath: path) == Data("{}\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: file.temporary!))
    }

    @Test func abandonLeavesTheTemporaryFileAndThePathAlone() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.json").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("previous run\n".utf8).write(to: URL(fileURLWithPath: path))
        var writer = try JSONReportWriter(path: path, lines: false, pretty: false)
        try writer.write(.failure(id: "a", message: "m"))
        let abandoned = writer.abandon()
        let partial = try #require(abandoned)
        #expect(FileManager.default.contents(atPath: path) == Data("previous run\n".utf8))
        let text = String(decoding: FileManager.default.contents(atPath: partial) ?? Data(), as: UTF8.self)
        #expect(text.hasPrefix("[{"), "an unterminated array: clearly incomplete")
        #expect(!text.hasSuffix("]\n"))
    }

    @Test func anOutputThatCannotBeCreatedIsUnwritable() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("a-file")
        try Data().write(to: file)
        #expect(throws: HearsayError.self) { try OutputFile(path: file.appendingPathComponent("out.json").path) }
    }
}

import Foundation
import Testing
@testable import Hearsay

@Suite struct InputFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-inputfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test func statusNamesWhatAPathIs() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("hello".utf8).write(to: URL(fileURLWithPath: path("file.txt")))
        #expect(mkfifo(path("fifo"), 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: path("dangling"), withDestinationPath: "nowhere")
        try FileManager.default.createSymbolicLink(atPath: path("loop"), withDestinationPath: "loop")
        #expect(InputFile.status(path("file.txt")) == .regular(size: 5))
        #expect(InputFile.status(folder.path) == .directory)
        #expect(InputFile.status(path("fifo")) == .fifo)
        #expect(InputFile.status(path("dangling")) == .danglingLink(target: "nowhere"))
        #expect(InputFile.status(path("loop")) == .linkLoop)
        #expect(InputFile.status(path("missing")) == .missing)
        #expect(InputFile.status("/dev/null") == .special("a character device"))
        #expect(InputFile.status(path("fifo")).problem("x")?.contains("FIFO") == true)
    }

    @Test func readRefusesMoreThanTheLimitEvenWhenTheSizeIsUnknown() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: 0x61, count: 1000).write(to: URL(fileURLWithPath: path("a.txt")))
        #expect(try InputFile.read(path("a.txt"), limit: 1000).count == 1000)
        #expect(throws: HearsayError.tooLarge(path: path("a.txt"), bytes: 1000, limit: 999)) { try InputFile.read(path("a.txt"), limit: 999) }
        // /dev/zero never ends and has no size: the read stops just past the limit.
        #expect(throws: HearsayError.self) { try InputFile.read("/dev/zero", limit: 1 << 20) }
        #expect(throws: HearsayError.unreadable(path: folder.path, reason: "it is a directory")) { try InputFile.read(folder.path, limit: 10) }
        #expect(throws: HearsayError.unreadable(path: path("missing"), reason: "No such file or directory")) {
            try InputFile.read(path("missing"), limit: 10)
        }
    }

    @Test func aFolderWalkTurnsEveryBadEntryIntoAnErrorAndGoesOn() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("“One,” said Ann Lee.".utf8).write(to: URL(fileURLWithPath: path("a.txt")))
        #expect(mkfifo(path("b.html"), 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: path("c.html"), withDestinationPath: "gone.html")
        try FileManager.default.createSymbolicLink(atPath: path("d.html"), withDestinationPath: "d.html")
        try FileManager.default.createDirectory(atPath: path("e"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path("e/up"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: path("e/self"), withDestinationPath: ".")
        try Data("“Two,” said Ann Lee.".utf8).write(to: URL(fileURLWithPath: path("f.txt")))
        try Data([0xFF, 0xD8]).write(to: URL(fileURLWithPath: path("photo.jpg")))
        let inputs = Array(InputEnumerator(paths: [folder.path]))
        #expect(inputs.map(\.id) == ["a.txt", "b.html", "c.html", "d.html", "e/self", "e/up", "f.txt"].map(path))
        let failures = inputs.compactMap { input -> String? in
            if case let .failure(_, message) = input { return message } else { return nil }
        }
        #expect(failures.count == 5)
        #expect(failures[0].contains("it is a FIFO"))
        #expect(failures[1].contains("dangling symbolic link to gone.html"))
        #expect(failures[2].contains("symbolic link loop"))
        #expect(failures[3].contains("symbolic link loop") && failures[4].contains("symbolic link loop"))
    }

    @Test func aFileNameThatIsNotUTF8IsAnErrorThatSaysSo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var raw = Array(folder.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let fd = raw.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(fd >= 0)
        close(fd)
        let inputs = Array(InputEnumerator(paths: [folder.path]))
        try #require(inputs.count == 1)
        guard case let .failure(_, message) = inputs[0] else { Issue.record("expected a failure"); return }
        #expect(message.contains("its file name is not valid UTF-8"))
    }
}

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

    @Test func writeLineAddsOneLineFeedAfterTheBytes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("lines.jsonl").path
        let file = try OutputFile(path: path)
        let big = [UInt8](repeating: 0x61, count: 200_000)
        file.writeLine(Array("{\"a\":1}".utf8))
        file.writeLine([])
        file.writeLine(big)
        file.write("tail")
        try file.commit()
        #expect(FileManager.default.contents(atPath: path) == Data("{\"a\":1}\n\n".utf8 + big + Array("\ntail".utf8)))
    }

    /// A failed write (here a full device) is kept as the output's error by `write` and by
    /// `writeLine` alike, with the system's reason, and thrown by `check` and `commit`.
    @Test(arguments: [false, true])
    func aFailedWriteIsKeptAndThrown(asLine: Bool) throws {
        let file = try OutputFile(path: "/dev/full")
        #expect(file.temporary == nil, "a device is written directly")
        let bytes = Array("{\"a\":1}".utf8)
        if asLine { file.writeLine(bytes) } else { file.write(bytes) }
        let error = try #require(file.error)
        guard case let .unwritable(path, reason) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(path == "/dev/full")
        #expect(reason == String(cString: strerror(ENOSPC)))
        #expect(throws: HearsayError.self) { try file.check() }
        #expect(throws: HearsayError.self) { try file.commit() }
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

    /// A FIFO (like `/dev/null` or `/dev/stdout`, a path that is not a regular file) is written
    /// directly and stays what it was; it is never replaced by a renamed temporary file.
    @Test func aFIFOIsWrittenDirectlyAndNotReplaced() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = LockedBox(Data())
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received.set(handle.readDataToEndOfFile()) }
        }
        reader.start()
        let file = try OutputFile(path: fifo)
        #expect(file.temporary == nil)
        file.write("through the pipe\n")
        try file.commit()
        let deadline = Date().addingTimeInterval(10)
        while received.get().isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(String(decoding: received.get(), as: UTF8.self) == "through the pipe\n")
        var info = stat()
        #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "still a FIFO")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["pipe"], "no temporary file beside it")
    }
}

/// A value shared with another thread under a lock.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
}

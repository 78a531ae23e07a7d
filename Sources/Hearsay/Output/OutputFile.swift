import Foundation

/// An output stream: standard output, or a file written through a temporary file that is
/// renamed into place only by `commit()`, so an interrupted run never leaves a file that looks
/// complete.
public final class OutputFile {
    public let path: String?
    let temporary: String?
    let handle: FileHandle

    /// Opens `path` for writing (nil: standard output).
    public init(path: String?) throws {
        self.path = path
        if let path {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            let temp = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
            guard FileManager.default.createFile(atPath: temp, contents: nil), let handle = FileHandle(forWritingAtPath: temp) else {
                throw HearsayError.unwritable(path: path, reason: "cannot create \(temp)")
            }
            self.temporary = temp
            self.handle = handle
        } else {
            self.temporary = nil
            self.handle = FileHandle.standardOutput
        }
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) { handle.write(Data(bytes)) }

    /// Appends UTF-8 text.
    public func write(_ text: String) { handle.write(Data(text.utf8)) }

    /// Moves the finished file into place (no-op for standard output), and removes the
    /// `.partial` file an interrupted run may have left, which the finished file supersedes.
    public func commit() throws {
        guard let path, let temporary else { return }
        try? handle.close()
        do {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
            let partial = ResumeSources.partialPath(for: path)
            if FileManager.default.fileExists(atPath: partial) { try FileManager.default.removeItem(atPath: partial) }
        } catch {
            throw HearsayError.unwritable(path: path, reason: error.localizedDescription)
        }
    }

    /// Keeps what an interrupted run wrote as `FILE.partial` (never under the final name), for
    /// `--resume` to pick up. Returns that path (nil for standard output).
    @discardableResult
    public func keepPartial() throws -> String? {
        guard let path, let temporary else { return nil }
        try? handle.close()
        let partial = ResumeSources.partialPath(for: path)
        do {
            if FileManager.default.fileExists(atPath: partial) { try FileManager.default.removeItem(atPath: partial) }
            try FileManager.default.moveItem(atPath: temporary, toPath: partial)
        } catch {
            throw HearsayError.unwritable(path: partial, reason: error.localizedDescription)
        }
        return partial
    }
}

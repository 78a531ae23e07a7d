import ArgumentParser
import Foundation

/// Where a command writes: standard output, or a file written through a temporary file and
/// renamed into place only when the run completes (an interrupted run never leaves a file that
/// looks complete).
final class OutputSink {
    let path: String?
    let temporary: String?
    let handle: FileHandle

    init(path: String?) throws {
        self.path = path
        if let path {
            let temp = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
            guard FileManager.default.createFile(atPath: temp, contents: nil), let handle = FileHandle(forWritingAtPath: temp) else {
                FileHandle.standardError.write(Data("hearsay: cannot write \(path)\n".utf8))
                throw ExitCode(74)
            }
            self.temporary = temp
            self.handle = handle
        } else {
            self.temporary = nil
            self.handle = FileHandle.standardOutput
        }
    }

    func write(_ bytes: [UInt8]) { handle.write(Data(bytes)) }

    /// Moves the finished file into place.
    func commit() throws {
        guard let path, let temporary else { return }
        try? handle.close()
        do {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            FileHandle.standardError.write(Data("hearsay: cannot write \(path): \(error.localizedDescription)\n".utf8))
            throw ExitCode(74)
        }
    }
}

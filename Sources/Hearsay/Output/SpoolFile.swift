import Foundation

/// A temporary file that holds output written now and copied into its destination later
/// (e.g. an HTML report's articles, written after a table of contents that is only known at
/// the end); removed when copied or dropped.
final class SpoolFile {
    /// Where the spool lives.
    let path: String
    private var handle: FileHandle?

    /// Creates an empty spool beside `destination` (so it stays on the same disk), or in the
    /// temporary directory when writing to standard output.
    init(beside destination: String?) throws {
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        if let destination {
            path = destination + ".spool-partial-\(unique)"
        } else {
            path = (NSTemporaryDirectory() as NSString).appendingPathComponent("hearsay-spool-\(unique)")
        }
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw HearsayError.unwritable(path: path, reason: "cannot create a temporary file")
        }
        self.handle = handle
    }

    /// Appends UTF-8 text.
    func write(_ text: String) { handle?.write(Data(text.utf8)) }

    /// Copies everything written so far into `file` in 64 KiB chunks (memory stays bounded),
    /// then removes the spool.
    func drain(into file: OutputFile) throws {
        try? handle?.close()
        handle = nil
        guard let reader = FileHandle(forReadingAtPath: path) else {
            throw HearsayError.unreadable(path: path, reason: "the temporary file is gone")
        }
        defer { try? reader.close(); remove() }
        while true {
            let chunk = reader.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            file.write([UInt8](chunk))
        }
    }

    /// Deletes the spool file.
    func remove() {
        try? handle?.close()
        handle = nil
        try? FileManager.default.removeItem(atPath: path)
    }

    deinit { remove() }
}

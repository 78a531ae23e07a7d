import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An output stream: standard output, or a file written through a temporary file that is
/// renamed into place only by `commit()`, so an interrupted run never leaves a file that looks
/// complete.
///
/// A path that names a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is
/// written directly: a device cannot be committed atomically, and replacing it with a regular
/// file would break it for every other program.
///
/// Write errors (a full disk, a closed pipe) are kept: the first one stops further writing and
/// is thrown by `check()` and `commit()`, so that a writer can fail the run with it.
public final class OutputFile {
    public let path: String?
    /// The temporary file written until `commit()` (nil for standard output and for devices).
    public let temporary: String?
    let handle: FileHandle
    /// Whether `handle` is a device or FIFO opened at `path` (written directly, never renamed).
    let isDevice: Bool
    /// The first write error, if any.
    public private(set) var error: HearsayError?

    /// Opens `path` for writing (nil: standard output).
    public init(path: String?) throws {
        self.path = path
        self.isDevice = path.map(Self.isSpecialFile) ?? false
        if let path, isDevice {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw HearsayError.unwritable(path: path, reason: String(cString: strerror(errno)))
            }
            self.temporary = nil
            self.handle = handle
        } else if let path {
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

    /// Appends bytes (nothing more once a write has failed).
    public func write(_ bytes: [UInt8]) { append(bytes, lineFeed: false) }

    /// Appends `bytes` and a line feed after them, in one system call (`writev`) where it can:
    /// adding the line feed to the array first would copy all of it (the array is shared).
    public func writeLine(_ bytes: [UInt8]) { append(bytes, lineFeed: true) }

    /// Writes `bytes`, and a line feed after them when `lineFeed`, straight to the file
    /// descriptor with `writev`, going on after a partial or interrupted write; keeps the first
    /// error (nothing is written once there is one). `write` and `writeLine` both end here, so
    /// an output has one way of writing and of reporting a failure.
    private func append(_ bytes: [UInt8], lineFeed: Bool) {
        guard error == nil else { return }
        let fd = handle.fileDescriptor
        var newline: UInt8 = 0x0A
        let failed: Int32? = bytes.withUnsafeBufferPointer { b in
            withUnsafeMutablePointer(to: &newline) { lineFeedByte in
                let count = b.count
                let total = count + (lineFeed ? 1 : 0)
                let newlinePart = iovec(iov_base: UnsafeMutableRawPointer(lineFeedByte), iov_len: 1)
                var done = 0
                while done < total {
                    var parts = (newlinePart, newlinePart)
                    var partCount: Int32 = 1
                    if done < count, let base = b.baseAddress {
                        parts.0 = iovec(iov_base: UnsafeMutableRawPointer(mutating: base + done), iov_len: count - done)
                        if lineFeed { partCount = 2 }
                    }
                    let written = withUnsafePointer(to: &parts) {
                        $0.withMemoryRebound(to: iovec.self, capacity: 2) { writev(fd, $0, partCount) }
                    }
                    if written < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    done += written
                }
                return nil
            }
        }
        if let failed { error = .unwritable(path: path ?? "standard output", reason: String(cString: strerror(failed))) }
    }

    /// Appends UTF-8 text.
    public func write(_ text: String) { write(Array(text.utf8)) }

    /// Throws the first write error, if any.
    public func check() throws {
        if let error { throw error }
    }

    /// Moves the finished file into place (no-op for standard output beyond checking for write
    /// errors), and removes the `.partial` file an interrupted run may have left, which the
    /// finished file supersedes.
    public func commit() throws {
        try check()
        if isDevice { try? handle.close(); return }
        guard let path, let temporary else { return }
        do {
            try handle.synchronize()
            try handle.close()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
            let partial = ResumeSources.partialPath(for: path)
            if FileManager.default.fileExists(atPath: partial) { try FileManager.default.removeItem(atPath: partial) }
        } catch {
            throw HearsayError.unwritable(path: path, reason: Self.reason(error))
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

    /// Closes the file without committing it: the temporary file stays behind, holding what
    /// was written, and `path` is left as it was. Returns the temporary file's path.
    @discardableResult
    public func abandon() -> String? {
        guard temporary != nil else { return nil }
        try? handle.close()
        return temporary
    }

    /// Whether `path` exists and is a character or block device, a FIFO or a socket (symbolic
    /// links followed).
    static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFCHR || type == S_IFBLK || type == S_IFIFO || type == S_IFSOCK
    }

    /// The system's words for a write error.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain, let code = Int32(exactly: ns.code) { return String(cString: strerror(code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = Int32(exactly: underlying.code) {
            return String(cString: strerror(code))
        }
        return ns.localizedDescription
    }
}

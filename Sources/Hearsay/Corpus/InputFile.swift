import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path an input is read from: what it names (looked at before anything opens it, so that a
/// FIFO cannot block the run and a broken link gets a clear message), and its bytes, read with
/// a cap.
public enum InputFile {
    /// What a path names.
    public enum Status: Equatable, Sendable {
        /// A regular file of `size` bytes.
        case regular(size: Int)
        case directory
        /// A FIFO (named pipe): reading one blocks until a writer comes.
        case fifo
        /// A socket or device ("a socket", "a character device", …): reading one may never end.
        case special(String)
        case missing
        /// A symbolic link whose target does not exist.
        case danglingLink(target: String)
        /// A symbolic link that leads back to itself.
        case linkLoop
        /// Any other reason `stat` failed (a folder on the way that cannot be searched, …).
        case inaccessible(String)

        /// Why an input with this status cannot be read, or nil when it can.
        public func problem(_ path: String) -> String? {
            switch self {
            case .regular, .directory: return nil
            case .fifo: return "skipped \(path): it is a FIFO, which could block the run (name it on the command line to read it)"
            case let .special(kind): return "skipped \(path): it is \(kind), not a regular file"
            case .missing: return "cannot read \(path): no such file or directory"
            case let .danglingLink(target): return "cannot read \(path): dangling symbolic link to \(target)"
            case .linkLoop: return "cannot read \(path): symbolic link loop"
            case let .inaccessible(reason): return "cannot read \(path): \(reason)"
            }
        }
    }

    /// The status of `path`, following symbolic links.
    public static func status(_ path: String) -> Status {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let error = errno
            if error == ELOOP { return .linkLoop }
            if error == ENOENT {
                var link = stat()
                if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                    return .danglingLink(target: linkTarget(path) ?? "?")
                }
                return .missing
            }
            return .inaccessible(message(error))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .special("a socket")
        case S_IFCHR: return .special("a character device")
        case S_IFBLK: return .special("a block device")
        default: return .special("not a file")
        }
    }

    /// Whether `path` itself is a symbolic link.
    public static func isSymbolicLink(_ path: String) -> Bool {
        var link = stat()
        return lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
    }

    /// The canonical absolute path (all links resolved), or nil when it cannot be resolved.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Reads all of `path` (a regular file, or a FIFO such as a shell's `<(…)`), refusing more
    /// than `limit` bytes without reading past the limit.
    ///
    /// - Throws: `HearsayError.unreadable` (with the system's reason) or `HearsayError.tooLarge`.
    public static func read(_ path: String, limit: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw HearsayError.unreadable(path: path, reason: message(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw HearsayError.unreadable(path: path, reason: message(errno)) }
        let mode = info.st_mode & S_IFMT
        if mode == S_IFDIR { throw HearsayError.unreadable(path: path, reason: "it is a directory") }
        if mode == S_IFREG, Int(info.st_size) > limit { throw HearsayError.tooLarge(path: path, bytes: Int(info.st_size), limit: limit) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(mode == S_IFREG ? Int(info.st_size) : 1 << 16)
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, chunk) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw HearsayError.unreadable(path: path, reason: message(errno))
            }
            if bytes.count + n > limit { throw HearsayError.tooLarge(path: path, bytes: bytes.count + n, limit: limit) }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return bytes
    }

    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func message(_ error: Int32) -> String { String(cString: strerror(error)) }
}

/// `read(2)`, named apart from `InputFile.read`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}

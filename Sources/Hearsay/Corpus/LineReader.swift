import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file or stdin line by line through its own buffer, without loading it whole
/// (streaming-safe), and never holding more than `maxLineBytes` of one line.
final class LineReader {
    /// One line of input.
    enum Line: Equatable {
        /// The line's bytes without its newline (and carriage return).
        case bytes([UInt8])
        /// A line longer than the cap: its bytes were skipped, `length` counts them.
        case tooLong(length: Int)
    }

    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// Whitespace `peekFirstNonSpace` stepped over, returned first by `readAll`.
    private var skippedSpace: [UInt8] = []
    /// Longest line returned whole.
    let maxLineBytes: Int
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    /// Opens `path`; throws when it cannot be read.
    init(path: String, maxLineBytes: Int = 512 << 20) throws {
        guard let file = fopen(path, "rb") else {
            throw HearsayError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        self.file = file
        self.ownsFile = true
        self.maxLineBytes = maxLineBytes
    }

    /// Reads standard input.
    init(standardInput: Void, maxLineBytes: Int = 512 << 20) {
        self.file = fdopen(0, "rb")
        self.ownsFile = false
        self.maxLineBytes = maxLineBytes
    }

    deinit {
        if ownsFile { fclose(file) }
    }

    /// Refills the buffer when it is empty; false at the end of the input.
    private func fill() -> Bool {
        if start < end { return true }
        if atEnd { return false }
        // read(2) returns what is available now: a pipe fed slowly (Spark, `tail -f`) must not
        // wait for a whole buffer before the first line is handed on.
        let descriptor = fileno(file)
        var n = 0
        while true {
            n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            break
        }
        start = 0
        end = max(0, n)
        if n <= 0 { atEnd = true }
        return n > 0
    }

    /// The next line's bytes, skipping lines over the length cap (nil at the end).
    func nextLine() -> [UInt8]? {
        while let line = next() {
            if case let .bytes(bytes) = line { return bytes }
        }
        return nil
    }

    /// The next line, or nil at the end.
    func next() -> Line? {
        var line: [UInt8] = []
        var length = 0
        var sawAny = false
        while fill() {
            sawAny = true
            let stop = ByteSearch.next(0x0A, in: buffer, from: start, to: end)
            let endsLine = stop < end
            length += stop - start
            if length <= maxLineBytes { line.append(contentsOf: buffer[start..<stop]) }
            else if !line.isEmpty { line = [] }
            start = endsLine ? stop + 1 : end
            if endsLine { break }
        }
        guard sawAny else { return nil }
        lineNumber += 1
        if length > maxLineBytes { return .tooLong(length: length) }
        while line.last == 0x0D { line.removeLast() }
        return .bytes(line)
    }

    /// The first byte that is not whitespace, without consuming it (the whitespace before it
    /// is kept for `readAll`).
    func peekFirstNonSpace() -> UInt8? {
        while fill() {
            let b = buffer[start]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { skippedSpace.append(b); start += 1; continue }
            return b
        }
        return nil
    }

    /// Everything left, as bytes.
    func readAll(limit: Int) throws -> [UInt8] {
        var out = skippedSpace
        skippedSpace = []
        while fill() {
            out.append(contentsOf: buffer[start..<end])
            start = end
            if out.count > limit { throw HearsayError.tooLarge(path: "-", bytes: out.count, limit: limit) }
        }
        return out
    }
}

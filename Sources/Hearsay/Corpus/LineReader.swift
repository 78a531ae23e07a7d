import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file or stdin line by line with C stdio, without loading it whole (streaming-safe).
final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>? = nil
    private var capacity: Int = 0
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    /// Opens `path`; throws when it cannot be read.
    init(path: String) throws {
        guard let file = fopen(path, "rb") else {
            throw HearsayError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        self.file = file
        self.ownsFile = true
    }

    /// Reads standard input.
    init(standardInput: Void) {
        self.file = fdopen(0, "rb")
        self.ownsFile = false
    }

    deinit {
        free(buffer)
        if ownsFile { fclose(file) }
    }

    /// The next line's bytes without its newline, or nil at the end.
    func next() -> [UInt8]? {
        let n = getline(&buffer, &capacity, file)
        guard n >= 0, let buffer else { return nil }
        lineNumber += 1
        var length = n
        while length > 0, buffer[length - 1] == 0x0A || buffer[length - 1] == 0x0D { length -= 1 }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: n) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    /// The first byte that is not whitespace, without consuming it (only for files opened here).
    func peekFirstNonSpace() -> UInt8? {
        while true {
            let c = getc(file)
            if c == EOF { return nil }
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { continue }
            ungetc(c, file)
            return UInt8(c)
        }
    }

    /// Everything left, as bytes.
    func readAll(limit: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n <= 0 { break }
            out.append(contentsOf: chunk[0..<n])
            if out.count > limit { throw HearsayError.tooLarge(path: "-", bytes: out.count, limit: limit) }
        }
        return out
    }
}

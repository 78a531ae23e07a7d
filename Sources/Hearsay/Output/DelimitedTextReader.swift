import Foundation

/// Reads the records of a CSV or TSV file one at a time, streaming, and keeps each record's raw
/// bytes so that `--resume` can copy records into a new file unchanged.
///
/// Understands RFC 4180 quoting (separators, doubled quotes and line breaks inside quoted
/// fields), CRLF or LF record ends, and a leading UTF-8 byte order mark.
public final class DelimitedTextReader {
    private let handle: FileHandle
    private let separator: UInt8
    private var chunk: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var started = false

    /// Opens `path` for reading in `dialect`.
    public init(path: String, dialect: DelimitedText) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw HearsayError.unreadable(path: path, reason: "cannot open")
        }
        self.handle = handle
        self.separator = dialect.separator
    }

    deinit { try? handle.close() }

    /// The next byte, refilling the buffer from the file as needed.
    private func nextByte() -> UInt8? {
        if position >= chunk.count {
            if atEnd { return nil }
            let data = (try? handle.read(upToCount: 1 << 20)) ?? nil
            guard let data, !data.isEmpty else { atEnd = true; return nil }
            chunk = [UInt8](data)
            position = 0
        }
        defer { position += 1 }
        return chunk[position]
    }

    /// The next record's fields and raw bytes (including its line end), or nil at the end.
    public func next() -> (fields: [String], raw: [UInt8])? {
        var fields: [String] = []
        var field: [UInt8] = []
        var raw: [UInt8] = []
        var inQuotes = false
        var quoteSeen = false
        var fieldStarted = false
        if !started {
            started = true
            var bom: [UInt8] = []
            while bom.count < 3, let byte = nextByte() {
                bom.append(byte)
                if byte != DelimitedText.byteOrderMark[bom.count - 1] { break }
            }
            if bom != DelimitedText.byteOrderMark { position -= bom.count; if position < 0 { position = 0 } }
        }
        while let byte = nextByte() {
            raw.append(byte)
            if inQuotes {
                if quoteSeen {
                    quoteSeen = false
                    if byte == 0x22 { field.append(0x22); continue }
                    inQuotes = false
                } else {
                    if byte == 0x22 { quoteSeen = true } else { field.append(byte) }
                    continue
                }
            }
            if byte == 0x22 && !fieldStarted { inQuotes = true; fieldStarted = true; continue }
            if byte == separator {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStarted = false
                continue
            }
            if byte == 0x0D { continue }
            if byte == 0x0A {
                fields.append(String(decoding: field, as: UTF8.self))
                return (fields, raw)
            }
            field.append(byte)
            fieldStarted = true
        }
        if raw.isEmpty { return nil }
        fields.append(String(decoding: field, as: UTF8.self))
        return (fields, raw)
    }
}

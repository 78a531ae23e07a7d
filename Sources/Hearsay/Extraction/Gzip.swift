import CZlib

/// Inflates gzip (and zlib) data with a cap on the inflated size.
///
/// Output up to 16 MB is kept from one pass. Beyond that the first pass only counts (so that a
/// gzip bomb is refused at the cap without its output ever being held in memory) and the data
/// is inflated again into a buffer of exactly the right size.
public enum Gzip {
    /// Whether `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates `bytes`; concatenated gzip members are all inflated.
    ///
    /// Memory stays within the inflated size (at most `limit`) plus 64 KB, whatever the input.
    ///
    /// - Throws: `HearsayError.badCompressedData` when the data is corrupt or truncated, or
    ///   when the output would exceed `limit` bytes.
    public static func inflate(_ bytes: [UInt8], limit: Int, name: String) throws -> [UInt8] {
        // Outputs up to `singlePassBytes` are kept from the first pass; a larger one is only
        // counted there (so a bomb is never held) and inflated again into an exact buffer.
        var output: [UInt8] = []
        var kept = true
        let size = try stream(bytes, limit: limit, name: name) { chunk in
            guard kept else { return }
            if output.count + chunk.count > singlePassBytes {
                kept = false
                output = []
            } else {
                output.append(contentsOf: chunk)
            }
        }
        if kept { return output }
        output.reserveCapacity(size)
        _ = try stream(bytes, limit: limit, name: name) { output.append(contentsOf: $0) }
        return output
    }

    /// Largest output kept from the counting pass (bigger ones are inflated a second time).
    static let singlePassBytes = 16 << 20

    /// Inflates `bytes` chunk by chunk into `sink`; returns the inflated size.
    static func stream(_ bytes: [UInt8], limit: Int, name: String, sink: (UnsafeBufferPointer<UInt8>) -> Void) throws -> Int {
        var stream = z_stream()
        var status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw HearsayError.badCompressedData(path: name, reason: "zlib init failed (\(status))") }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        var total = 0
        try bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { throw HearsayError.badCompressedData(path: name, reason: "no data") }
            var consumed = 0
            /// Hands zlib the next slice of input (zlib counts in 32 bits).
            func feed() {
                let slice = min(input.count - consumed, 1 << 30)
                stream.next_in = UnsafeMutablePointer(mutating: base + consumed)
                stream.avail_in = UInt32(slice)
                consumed += slice
            }
            feed()
            while true {
                if stream.avail_in == 0 && consumed < input.count { feed() }
                let produced: Int = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(chunk)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return chunk - Int(stream.avail_out)
                }
                total += produced
                if total > limit {
                    throw HearsayError.badCompressedData(path: name, reason: "inflates to more than the cap of \(limit) bytes")
                }
                buffer.withUnsafeBufferPointer { sink(UnsafeBufferPointer(rebasing: $0[0..<produced])) }
                if status == Z_STREAM_END {
                    // Another gzip member may follow.
                    if stream.avail_in == 0 && consumed < input.count { feed() }
                    if stream.avail_in > 0, stream.next_in.pointee == 0x1F {
                        inflateReset(&stream)
                        continue
                    }
                    break
                }
                if status == Z_BUF_ERROR && stream.avail_in == 0 && consumed >= input.count {
                    throw HearsayError.badCompressedData(path: name, reason: "truncated gzip data after \(total) bytes")
                }
                guard status == Z_OK || status == Z_BUF_ERROR else {
                    let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                    throw HearsayError.badCompressedData(path: name, reason: message)
                }
            }
        }
        return total
    }
}

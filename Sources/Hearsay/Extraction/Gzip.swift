import CZlib

/// Inflates gzip (and zlib) data with a cap on the inflated size.
public enum Gzip {
    /// Whether `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates `bytes`; concatenated gzip members are all inflated.
    ///
    /// - Throws: `HearsayError.badCompressedData` when the data is corrupt or truncated, or
    ///   when the output would exceed `limit` bytes.
    public static func inflate(_ bytes: [UInt8], limit: Int, name: String) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(bytes.count * 4, 1 << 16)))
        var stream = z_stream()
        var status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw HearsayError.badCompressedData(path: name, reason: "zlib init failed (\(status))") }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        try bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                let produced: Int = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(chunk)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return chunk - Int(stream.avail_out)
                }
                if output.count + produced > limit {
                    throw HearsayError.badCompressedData(path: name, reason: "inflates to more than the cap of \(limit) bytes")
                }
                output.append(contentsOf: buffer[0..<produced])
                if status == Z_STREAM_END {
                    // Another gzip member may follow.
                    if stream.avail_in > 0, stream.next_in.pointee == 0x1F {
                        inflateReset(&stream)
                        continue
                    }
                    break
                }
                if status == Z_BUF_ERROR && stream.avail_in == 0 {
                    throw HearsayError.badCompressedData(path: name, reason: "truncated gzip data after \(output.count) bytes")
                }
                guard status == Z_OK || status == Z_BUF_ERROR else {
                    let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                    throw HearsayError.badCompressedData(path: name, reason: message)
                }
            }
        }
        return output
    }
}

import CHearsayICU

/// The UTF-16 copy of a document's UTF-8 that the ICU iterators read: ICU works on UTF-16
/// natively, and reading UTF-8 through a `UText` costs it a chunk conversion every few dozen
/// characters (a fifth of its time in profiles); one conversion up front is far cheaper.
///
/// One per `Segmenter`, reused for every document; a buffer grown for a very long text is
/// given back after it, so that one large article does not pin its copy for the whole run.
final class UTF16Buffer {
    private var storage: UnsafeMutableBufferPointer<UInt16>
    /// The byte offset of each unit of `storage` (and of the end), one entry more than it holds.
    private var offsets: UnsafeMutableBufferPointer<Int32>
    /// During `withUTF16`, the UTF-8 offset of each UTF-16 unit of the copy (and of its end), so
    /// that the iterators look their boundaries up instead of counting along the UTF-8; nil
    /// outside it, and when there is no copy.
    private(set) var byteOffsets: UnsafePointer<Int32>?

    /// Capacity (in UTF-16 units) kept between documents; larger buffers are freed after use.
    static let retainedCapacity = 1 << 20
    /// Longest text (in bytes) copied: past it the copy (two bytes per byte) would weigh more
    /// than the time it saves, and ICU reads the UTF-8 itself.
    static let maximumBytes = 1 << 24

    init() {
        storage = .allocate(capacity: 4096)
        offsets = .allocate(capacity: 4097)
    }

    deinit {
        storage.deallocate()
        offsets.deallocate()
    }

    /// Calls `body` with the UTF-16 form of `bytes`, or with nil when `bytes` are not well-formed
    /// UTF-8 or longer than `maximumBytes` (the iterators then read the UTF-8 directly).
    func withUTF16<R>(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt16>?) throws -> R) rethrows -> R {
        guard bytes.count <= Self.maximumBytes else { return try body(nil) }
        if storage.count < bytes.count {
            storage.deallocate()
            storage = .allocate(capacity: bytes.count)
            offsets.deallocate()
            offsets = .allocate(capacity: bytes.count + 1)
        }
        defer {
            byteOffsets = nil
            if storage.count > Self.retainedCapacity {
                storage.deallocate()
                storage = .allocate(capacity: 4096)
                offsets.deallocate()
                offsets = .allocate(capacity: 4097)
            }
        }
        let units = bytes.isEmpty ? 0 : hs_utf8_to_utf16(bytes.baseAddress, Int64(bytes.count), storage.baseAddress, offsets.baseAddress)
        guard units >= 0 else { return try body(nil) }
        byteOffsets = UnsafePointer(offsets.baseAddress)
        return try body(UnsafeBufferPointer(rebasing: storage[0..<Int(units)]))
    }
}

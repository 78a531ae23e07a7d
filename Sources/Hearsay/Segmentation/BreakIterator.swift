import CHearsayICU
import Foundation

/// A Swift handle on one ICU break iterator (sentence or word) over UTF-8 bytes.
///
/// Not thread-safe and deliberately not `Sendable`: each worker clones its own from the shared
/// prototypes (cheap) and reuses it for every document.
final class BreakIterator {
    /// Which boundaries the iterator finds.
    enum Kind: Int32 {
        case sentence = 0, word = 1
    }

    let handle: OpaquePointer
    /// Chunks that `hs_breaker_fill` writes into, allocated once per iterator (not per document).
    private let offsetChunk: UnsafeMutableBufferPointer<Int32>
    private let statusChunk: UnsafeMutableBufferPointer<Int32>

    /// Boundaries per chunk: a chunk of fewer is the last (`forEachChunk`).
    static let chunkCapacity = 4096

    private init(handle: OpaquePointer) {
        self.handle = handle
        self.offsetChunk = .allocate(capacity: Self.chunkCapacity)
        self.statusChunk = .allocate(capacity: Self.chunkCapacity)
    }

    deinit {
        hs_breaker_close(handle)
        offsetChunk.deallocate()
        statusChunk.deallocate()
    }

    /// A clone of the process-wide prototype for `kind` (opened once, ~140 µs; clones ~0.15 µs).
    static func make(_ kind: Kind) throws -> BreakIterator {
        let prototype = try Prototypes.shared.prototype(kind)
        var error: Int32 = 0
        let handle: OpaquePointer? = Prototypes.shared.lock.withLock { hs_breaker_clone(prototype, &error) }
        guard let handle else { throw HearsayError.icu(code: error, operation: "ubrk_clone") }
        return BreakIterator(handle: handle)
    }

    /// The ICU version this build runs against.
    static var icuVersion: String { String(cString: hs_icu_version()) }

    /// Boundaries (UTF-8 byte offsets, starting with 0) and their rule statuses over `bytes`.
    ///
    /// ICU reads `utf16`, the UTF-16 form of `bytes` (see `UTF16Buffer`), when it is given, and
    /// the UTF-8 itself otherwise; the boundaries are the same either way. `byteOffsets`, the
    /// byte offset of each unit of `utf16` (`UTF16Buffer.byteOffsets`), saves counting them.
    /// The buffers must stay alive during the call; the iterator is re-pointed at each call.
    func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, utf16: UnsafeBufferPointer<UInt16>? = nil,
                    byteOffsets: UnsafePointer<Int32>? = nil, withStatus: Bool) throws -> (offsets: [Int32], statuses: [Int32]) {
        var offsets: [Int32] = [0]
        var statuses: [Int32] = [0]
        offsets.reserveCapacity(bytes.count / (withStatus ? 3 : 60) + 2)
        if withStatus { statuses.reserveCapacity(offsets.capacity) }
        try forEachChunk(bytes, utf16: utf16, byteOffsets: byteOffsets, withStatus: withStatus) { chunk, chunkStatuses in
            offsets.append(contentsOf: chunk)
            if withStatus { statuses.append(contentsOf: chunkStatuses) }
        }
        return (offsets, statuses)
    }

    /// Calls `body` with the boundaries after 0 over `bytes` (UTF-8 byte offsets, in order) a
    /// chunk at a time, straight from the iterator's own buffers, with their rule statuses when
    /// `withStatus` (else an empty buffer): nothing is collected, so a caller that turns the
    /// boundaries into something else at once (the segmenter's sentences and tokens) makes no
    /// array of them. Every chunk but the last holds `chunkCapacity` boundaries, so a first
    /// chunk with fewer is the only one. The parameters are those of `boundaries`; the chunks
    /// are valid only during `body`.
    func forEachChunk(_ bytes: UnsafeBufferPointer<UInt8>, utf16: UnsafeBufferPointer<UInt16>?, byteOffsets: UnsafePointer<Int32>?,
                      withStatus: Bool, _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) throws -> Void) throws {
        let code = if let utf16 {
            hs_breaker_set_text_utf16(handle, utf16.baseAddress, Int32(utf16.count), bytes.baseAddress, Int64(bytes.count), byteOffsets)
        } else {
            hs_breaker_set_text(handle, bytes.baseAddress, Int64(bytes.count))
        }
        guard code == 0 else { throw HearsayError.icu(code: code, operation: "ubrk_setUText") }
        // Detach from the caller's buffer, however `body` leaves.
        defer { _ = hs_breaker_set_text(handle, nil, 0) }
        _ = hs_breaker_first(handle)
        while true {
            let n = Int(hs_breaker_fill(handle, offsetChunk.baseAddress, withStatus ? statusChunk.baseAddress : nil,
                                        Int32(offsetChunk.count)))
            if n <= 0 { break }
            try body(UnsafeBufferPointer(rebasing: offsetChunk[0..<n]),
                     withStatus ? UnsafeBufferPointer(rebasing: statusChunk[0..<n]) : UnsafeBufferPointer(start: nil, count: 0))
        }
    }

    /// The process-wide prototypes, opened lazily once.
    final class Prototypes: @unchecked Sendable {
        static let shared = Prototypes()
        let lock = NSLock()
        private var sentence: OpaquePointer?
        private var word: OpaquePointer?

        func prototype(_ kind: Kind) throws -> OpaquePointer {
            try lock.withLock {
                if kind == .sentence, let sentence { return sentence }
                if kind == .word, let word { return word }
                var error: Int32 = 0
                let locale = kind == .sentence ? "en@ss=standard" : "en"
                guard let handle = hs_breaker_open(kind.rawValue, locale, &error) else {
                    throw HearsayError.icu(code: error, operation: "ubrk_open(\(locale))")
                }
                if kind == .sentence { sentence = handle } else { word = handle }
                return handle
            }
        }
    }
}

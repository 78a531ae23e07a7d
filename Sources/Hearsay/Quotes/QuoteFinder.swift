/// Finds quotations by pairing quotation marks paragraph by paragraph.
///
/// Handles curly, straight, single, low-9, guillemet and ``TeX'' marks, apostrophes
/// (Moscow’s, shouldn‘t, ’90s), nesting, and the news convention for quotes over several
/// paragraphs (an opening mark at each paragraph, one closing mark at the end). Unbalanced marks
/// give warnings; they never stop the rest of the document from being read.
public struct QuoteFinder: Sendable {
    public init() {}

    /// An opening mark waiting for its closing mark.
    private struct Open { var mark: QuoteMark; var group: Int; var continues: Bool }

    /// Quotes in document order and warnings about unbalanced marks.
    public func find(in document: Document) -> (quotes: [Quote], warnings: [AnalysisWarning]) {
        // Room made once for a typical document's quotes and marks: each growth of an array
        // is an allocation and a copy of all it holds.
        var quotes: [Quote] = []
        quotes.reserveCapacity(document.bytes.count / 512 + 8)
        var warnings: [AnalysisWarning] = []
        var nextGroup = 0
        var carriedGroup: Int? = nil
        let bytes = document.bytes
        let paragraphs = document.paragraphs
        var unclosedCount = 0, unopenedCount = 0
        // One buffer of marks and one stack serve every paragraph. Each paragraph's marks are
        // appended after the earlier ones (from `first` on), which are dropped only once there
        // are many: emptying the list at each paragraph went through the general replacement
        // of a range (callgrind, the 168 PolNeAR dev+test texts: 2,093 times, 85 instructions each).
        var marks: [QuoteMark] = []
        marks.reserveCapacity(Self.markRoom)
        var stack: [Open] = []
        stack.reserveCapacity(8)
        for (pi, paragraph) in paragraphs.enumerated() {
            if marks.count > Self.markRoom / 2 { marks.removeAll(keepingCapacity: true) }
            let first = marks.count
            bytes.withUnsafeBufferPointer { QuoteMark.scan($0, in: paragraph.span, appendingTo: &marks) }
            if paragraph.kind == .blockquote, !marks[first...].contains(where: { $0.family != .single && $0.role != .apostrophe }) {
                let span = Segmenter.trim(paragraph.span, bytes)
                if !span.isEmpty {
                    quotes.append(Quote(span: span, openMark: nil, closeMark: nil, kind: .block, paragraph: pi, group: nextGroup))
                    nextGroup += 1
                }
                carriedGroup = nil
                continue
            }
            // (Most paragraphs end with no mark open: an empty stack is left as it is, where
            // `removeAll(keepingCapacity:)` went through the general replacement of a range.)
            if !stack.isEmpty { stack.removeAll(keepingCapacity: true) }
            var startIndex = 0
            if let carried = carriedGroup {
                if first < marks.count, marks[first].family == .double || marks[first].family == .guillemet,
                   marks[first].role != .close, isAtStart(marks[first].span.start, of: paragraph.span, bytes) {
                    stack.append(Open(mark: marks[first], group: carried, continues: true))
                    startIndex = 1
                }
                carriedGroup = nil
            }
            // (By index: a slice of the marks retained and released their buffer at each paragraph.)
            for j in (first + startIndex)..<marks.count {
                let mark = marks[j]
                switch mark.role {
                case .apostrophe:
                    continue
                case .open:
                    // A new double quotation starting a sentence while another is open: the earlier one
                    // was never closed. News nests with single marks, so close it here with a warning.
                    if mark.family != .single, let index = stack.lastIndex(where: { $0.mark.family == mark.family }),
                       startsSentence(mark.span.start, paragraph.span, bytes) {
                        let open = stack[index]
                        Self.drop(&stack, from: index)
                        let content = Segmenter.trim(Span(open.mark.span.end, mark.span.start), bytes)
                        unclosedCount += 1
                        if unclosedCount <= 5 {
                            warnings.append(AnalysisWarning(.unclosedQuote, "opening quotation mark at byte \(open.mark.span.start) is never closed"))
                        }
                        if !content.isEmpty {
                            quotes.append(Quote(span: content, openMark: open.mark.span, closeMark: nil, kind: .direct, paragraph: pi,
                                                group: open.group, continuesPrevious: open.continues, unclosed: true))
                        }
                    }
                    stack.append(Open(mark: mark, group: nextGroup, continues: false))
                    nextGroup += 1
                    Self.bound(&stack) { $0.mark.family == .single }
                case .close, .either:
                    // An ambiguous mark closes when only single-quote openers (likely apostrophes) sit above its opener.
                    if let index = stack.lastIndex(where: { mark.closes($0.mark) }),
                       mark.role == .close || index == stack.count - 1
                        || (mark.family != .single && stack[(index + 1)...].allSatisfy { $0.mark.family == .single }) {
                        let open = stack[index]
                        // (Dropping the top entries: `removeSubrange` went through the general
                        // replacement of a range, at each closing mark; and so did `removeLast(_:)`
                        // for the one entry most closing marks drop, which `removeLast()` drops alone.)
                        Self.drop(&stack, from: index)
                        let depth = stack.contains(where: { $0.mark.family != .single }) || (open.mark.family == .single && !stack.isEmpty) ? 1 : 0
                        let content = Segmenter.trim(Span(open.mark.span.end, mark.span.start), bytes)
                        if !content.isEmpty {
                            quotes.append(Quote(span: content, openMark: open.mark.span, closeMark: mark.span, kind: .direct,
                                                paragraph: pi, group: open.group, continuesPrevious: open.continues, depth: depth))
                        }
                    } else if mark.role == .either {
                        stack.append(Open(mark: mark, group: nextGroup, continues: false))
                        nextGroup += 1
                        Self.bound(&stack) { $0.mark.family == .single }
                    } else if mark.family != .single {
                        unopenedCount += 1
                        if unopenedCount <= 5 {
                            warnings.append(AnalysisWarning(.unopenedQuote, "closing quotation mark with no opening mark at byte \(mark.span.start)"))
                        }
                    }
                }
            }
            // Marks still open at the paragraph's end.
            guard let bottom = stack.first(where: { $0.mark.family != .single }) ?? stack.first(where: {
                isAtStart($0.mark.span.start, of: paragraph.span, bytes) }) else { continue }
            let content = Segmenter.trim(Span(bottom.mark.span.end, paragraph.span.end), bytes)
            let nextOpens = pi + 1 < paragraphs.count && startsWithOpener(paragraphs[pi + 1].span, bytes)
            if nextOpens && bottom.mark.family != .single {
                if !content.isEmpty {
                    quotes.append(Quote(span: content, openMark: bottom.mark.span, closeMark: nil, kind: .direct, paragraph: pi,
                                        group: bottom.group, continuesPrevious: bottom.continues))
                }
                carriedGroup = bottom.group
            } else if bottom.mark.family != .single || isAtStart(bottom.mark.span.start, of: paragraph.span, bytes) {
                unclosedCount += 1
                if unclosedCount <= 5 {
                    warnings.append(AnalysisWarning(.unclosedQuote, "opening quotation mark at byte \(bottom.mark.span.start) is never closed"))
                }
                // The usual slip: a paragraph that opens with a mark and forgets to close it.
                if isAtStart(bottom.mark.span.start, of: paragraph.span, bytes), !content.isEmpty {
                    quotes.append(Quote(span: content, openMark: bottom.mark.span, closeMark: nil, kind: .direct, paragraph: pi,
                                        group: bottom.group, continuesPrevious: bottom.continues, unclosed: true))
                }
            }
        }
        if unclosedCount > 5 { warnings.append(AnalysisWarning(.unclosedQuote, "\(unclosedCount) unclosed quotation marks in all")) }
        if unopenedCount > 5 { warnings.append(AnalysisWarning(.unopenedQuote, "\(unopenedCount) unopened closing marks in all")) }
        // Each quote's place read in its buffer: passing the quote itself copied it, at each quote.
        quotes.withUnsafeMutableBufferPointer { found in
            for i in found.indices { found[i].kind = kind(of: found[i].place, document) }
        }
        return (quotes, warnings)
    }

    /// The room made for the marks of the paragraphs in a row (those of earlier paragraphs are
    /// dropped when more than half of it is used).
    static let markRoom = 256

    /// Most marks left open at once in a paragraph. Real nesting is a few levels deep; beyond
    /// this the stack only holds unmatched single marks (apostrophes in a run of text, or junk),
    /// and every mark searching a long stack would make such a paragraph quadratic.
    static let maxOpenMarks = 32

    /// Keeps `stack` at most `maxOpenMarks` deep by dropping its oldest entry that
    /// `isExpendable` (an unmatched single mark), or else its oldest entry.
    static func bound<T>(_ stack: inout [T], isExpendable: (T) -> Bool) {
        guard stack.count > maxOpenMarks else { return }
        stack.remove(at: stack.firstIndex(where: isExpendable) ?? 0)
    }

    /// Drops the entries of `stack` from `index` on: the top one alone (the usual case, a
    /// closing mark matching the last opener) without the general removal of a range, which
    /// cost about 110 instructions a call (callgrind, the 168 PolNeAR dev+test texts).
    @inline(__always)
    static func drop<T>(_ stack: inout [T], from index: Int) {
        if index == stack.count - 1 { stack.removeLast() } else { stack.removeLast(stack.count - index) }
    }

    /// Whether a mark at `offset` starts a sentence: after ". " / "? " / "! " (or a closing mark after them).
    func startsSentence(_ offset: Int, _ paragraph: Span, _ bytes: [UInt8]) -> Bool {
        var p = offset
        var sawSpace = false
        while p > paragraph.start, Segmenter.isSpace(bytes[p - 1]) { p -= 1; sawSpace = true }
        guard sawSpace, p > paragraph.start else { return false }
        return Segmenter.endsSentence(Span(paragraph.start, p), bytes)
    }

    /// Whether the paragraph's first non-space character opens a double quotation.
    func startsWithOpener(_ span: Span, _ bytes: [UInt8]) -> Bool {
        let trimmed = Segmenter.trim(span, bytes)
        guard let first = QuoteMark.scan(bytes, in: Span(trimmed.start, min(trimmed.end, trimmed.start + 3))).first else { return false }
        return first.span.start == trimmed.start && first.family != .single && first.role != .close
    }

    func isAtStart(_ offset: Int, of span: Span, _ bytes: [UInt8]) -> Bool {
        Segmenter.trim(span, bytes).start == offset
    }

    /// Whether `s` is uppercase or has a numeric type (`properties.isUppercase || properties.numericType != nil`),
    /// answered for ASCII without the property tables: A–Z and 0–9 are its only such characters.
    /// (The tables are read out of line: inline, their set-up ran on entry for every scalar,
    /// about 100 instructions a call where the ASCII answer takes a few.)
    static func isUppercaseOrNumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return QuoteMark.propertiesSay(s) { $0.isUppercase || $0.numericType != nil }
    }

    /// Direct when the quote stands as speech of its own, partial when woven into a sentence.
    func kind(of quote: QuotePlace, _ document: Document) -> Quote.Kind {
        if quote.kind == .block { return .block }
        let bytes = document.bytes
        guard let open = quote.openMark else { return .direct }
        if quote.continuesPrevious { return .direct }
        let paragraphStart = quote.paragraph < document.paragraphs.count ? document.paragraphs[quote.paragraph].span.start : 0
        var p = open.start
        while p > paragraphStart, Segmenter.isSpace(bytes[p - 1]) { p -= 1 }
        let firstContent = QuoteMark.scalar(at: quote.span.start, bytes, limit: quote.span.end)
        let startsUpper = firstContent.map(Self.isUppercaseOrNumeric) ?? false
        if p == paragraphStart { return .direct }
        let previous = bytes[p - 1]
        // After ":", ",", a dash or a sentence end, a capitalised quote is speech of its own.
        if startsUpper && (previous == 0x3A || previous == 0x2C || previous == 0x2E || previous == 0x3F || previous == 0x21
            || previous == 0x94 /* end of em/en dash */) { return .direct }
        if startsUpper, let sentence = document.sentenceIndex(at: open.start), document.sentences[sentence].start >= open.start - 1 {
            return .direct
        }
        return .partial
    }
}

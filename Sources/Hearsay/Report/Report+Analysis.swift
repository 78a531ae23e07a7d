extension Report {
    /// The JSON of `Report(analysis)`, byte for byte what its `json(pretty:)` gives, written
    /// straight from the analysis: no report is built, and the quotes' and mentions' words are
    /// escaped from the document's bytes without becoming strings (the `ReportLayout` both use).
    public static func json(for analysis: Analysis, pretty: Bool = false) -> [UInt8] {
        let document = analysis.document
        let converter = OffsetConverter(document.bytes)
        @inline(__always) func cp(_ offset: Int) -> Int { converter.codePoint(offset) }
        let header = ReportLayout.Header(schemaVersion: Report.schemaVersion, id: analysis.id, title: analysis.title,
                                         text: document.text, offsetUnit: "codepoint", metadata: analysis.metadata)
        let entities = analysis.entities, mentions = analysis.mentions
        // The closures below capture these arrays, not `analysis`: capturing it copied and
        // destroyed the whole analysis once per report.
        let quoteList = analysis.quotes, otherQuoted = analysis.otherQuoted
        let warnings = analysis.warnings.map(\.description)
        let capacity = estimatedJSONLength(of: analysis) * (pretty ? 2 : 1)
        return document.bytes.withUnsafeBufferPointer { bytes in
            func text(_ span: Span) -> DocumentText { DocumentText(bytes, span) }
            func writeEntities(of kind: Mention.Kind, _ w: inout JSONWriter) {
                // Through buffer pointers: each entity's fields are read in place (an array
                // subscript copied the entity, seven retains and releases each).
                entities.withUnsafeBufferPointer { entities in
                    mentions.withUnsafeBufferPointer { mentions in
                        for i in entities.indices where entities[i].kind == kind {
                            let isPerson = kind == .person
                            ReportLayout.beginEntity(&w, name: entities[i].name, canonical: entities[i].canonical,
                                                     gender: isPerson ? SpelledValue(entities[i].gender) : nil,
                                                     roles: isPerson ? entities[i].roles : nil)
                            // By index: a `for m in` loop held the entity's mention list, a retain
                            // and a release per entity.
                            for k in entities[i].mentions.indices {
                                let span = mentions[entities[i].mentions[k]].span
                                ReportLayout.mention(&w, text: text(span), start: cp(span.start), end: cp(span.end))
                            }
                            ReportLayout.endEntity(&w)
                        }
                    }
                }
            }
            return JSONWriter.json(pretty: pretty, capacity: capacity) { w in
                ReportLayout.write(
                    &w, header: header,
                    paragraphs: { w in
                        for p in document.paragraphs {
                            ReportLayout.paragraph(&w, start: cp(p.span.start), end: cp(p.span.end), kind: SpelledValue(p.kind))
                        }
                    },
                    sentences: { w in for s in document.sentences { ReportLayout.sentence(&w, start: cp(s.start), end: cp(s.end)) } },
                    quotes: { w in
                        // Through a buffer pointer: each quote's fields are read in place, the quote
                        // is not copied (an array subscript copied the whole quote for each field).
                        quoteList.withUnsafeBufferPointer { quotes in
                            for i in quotes.indices {
                                let span = quotes[i].span
                                // The attribution's fields read one by one in place: binding the
                                // attribution (`if let a`) copied the whole quote, its three strings
                                // retained and released (callgrind: 1,675 copies on the 168 PolNeAR
                                // dev+test texts). Its plain fields first, then its strings.
                                if let mention = quotes[i].attribution?.mention, let confidence = quotes[i].attribution?.confidence {
                                    let cue = quotes[i].attribution?.cue
                                    ReportLayout.quote(
                                        &w, text: text(span), start: cp(span.start), end: cp(span.end),
                                        kind: SpelledValue(quotes[i].kind), paragraph: quotes[i].paragraph,
                                        speaker: quotes[i].attribution?.speaker, mention: text(mention),
                                        mentionStart: cp(mention.start), mentionEnd: cp(mention.end),
                                        cue: cue.map(text), cueStart: cue.map { cp($0.start) }, cueEnd: cue.map { cp($0.end) },
                                        sieve: quotes[i].attribution?.sieve, confidence: confidence)
                                } else {
                                    ReportLayout.quote(
                                        &w, text: text(span), start: cp(span.start), end: cp(span.end),
                                        kind: SpelledValue(quotes[i].kind), paragraph: quotes[i].paragraph,
                                        speaker: nil, mention: nil, mentionStart: 0, mentionEnd: 0,
                                        cue: nil, cueStart: nil, cueEnd: nil, sieve: nil, confidence: nil)
                                }
                            }
                        }
                    },
                    people: { writeEntities(of: .person, &$0) }, places: { writeEntities(of: .place, &$0) },
                    organizations: { writeEntities(of: .organization, &$0) },
                    otherQuoted: { w in
                        for o in otherQuoted {
                            ReportLayout.otherQuoted(&w, text: text(o.span), start: cp(o.span.start), end: cp(o.span.end), reason: o.reason)
                        }
                    },
                    warnings: warnings)
            }
        }
    }

    /// `estimatedJSONLength` of `Report(analysis)`, from the analysis.
    static func estimatedJSONLength(of analysis: Analysis) -> Int {
        let document = analysis.document
        var length = 2 * document.bytes.count + 1024 + 64 * document.paragraphs.count + 32 * document.sentences.count
        // By index: each quote's span read in place (no copy of the quote and its attribution).
        for q in analysis.quotes.indices { length += 256 + 2 * max(0, analysis.quotes[q].span.end - analysis.quotes[q].span.start) }
        for i in analysis.entities.indices { length += 96 + 64 * analysis.entities[i].mentions.count }
        for o in analysis.otherQuoted { length += 64 + 2 * max(0, o.span.end - o.span.start) }
        return length
    }
}

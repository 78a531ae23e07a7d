/// The JSON layout of a report (schema version 1): its sections in order and each record's
/// members, written once for both sources of a report, a `Report`'s fields
/// (`Report.json(pretty:)`) and an `Analysis` read directly (`Report.json(for:pretty:)`), so
/// that the two give the same bytes.
///
/// String values are generic (`JSONStringValue`): a `String`, or UTF-8 cut from the
/// document (`DocumentText`), written without building a `String` first.
enum ReportLayout {
    /// The members every report starts with, up to and including `metadata`.
    struct Header {
        var schemaVersion: Int
        var id: String
        var title: String?
        var text: String
        var offsetUnit: String
        var metadata: ArticleMetadata
    }

    /// Writes the whole report object: the header, then each section's elements written by
    /// its closure inside the section's array, then the warnings.
    static func write(
        _ w: inout JSONWriter, header: Header,
        paragraphs: (inout JSONWriter) -> Void, sentences: (inout JSONWriter) -> Void, quotes: (inout JSONWriter) -> Void,
        people: (inout JSONWriter) -> Void, places: (inout JSONWriter) -> Void, organizations: (inout JSONWriter) -> Void,
        otherQuoted: (inout JSONWriter) -> Void, warnings: [String]
    ) {
        w.beginObject()
        w.member("schema_version", header.schemaVersion)
        w.member("id", header.id)
        w.member("title", header.title)
        w.member("text", header.text)
        w.member("offset_unit", header.offsetUnit)
        let metadata = header.metadata
        w.key("metadata"); w.beginObject()
        w.key("authors"); w.beginArray(); for a in metadata.authors { w.value(a) }; w.endArray()
        w.member("date", metadata.date)
        w.member("site_name", metadata.siteName)
        w.member("url", metadata.url)
        w.member("language", metadata.language)
        w.member("description", metadata.description)
        w.endObject()
        w.key("paragraphs"); w.beginArray(); paragraphs(&w); w.endArray()
        w.key("sentences"); w.beginArray(); sentences(&w); w.endArray()
        w.key("quotes"); w.beginArray(); quotes(&w); w.endArray()
        w.key("people"); w.beginArray(); people(&w); w.endArray()
        w.key("places"); w.beginArray(); places(&w); w.endArray()
        w.key("organizations"); w.beginArray(); organizations(&w); w.endArray()
        w.key("other_quoted"); w.beginArray(); otherQuoted(&w); w.endArray()
        w.key("warnings"); w.beginArray(); for warning in warnings { w.value(warning) }; w.endArray()
        w.endObject()
    }

    /// One element of `paragraphs`.
    @inline(__always)
    static func paragraph<Kind: JSONStringValue>(_ w: inout JSONWriter, start: Int, end: Int, kind: Kind) {
        guard !w.pretty, start >= 0, end >= 0 else { return paragraphByMember(&w, start: start, end: end, kind: kind) }
        if let spelled = kind.spelledInSource {
            w.compactElement(upTo: 66 + spelled.utf8CodeUnitCount + 16) { at in
                var at = JSONWriter.put("{", at: at)
                at = JSONWriter.put(start: start, end: end, at: at)
                at = JSONWriter.put(spelled: spelled, at: JSONWriter.put(",\"kind\":\"", at: at))
                return JSONWriter.put("\"}", at: at)
            }
            return
        }
        w.compactElement(upTo: 64) { at in
            var at = JSONWriter.put("{", at: at)
            at = JSONWriter.put(start: start, end: end, at: at)
            return JSONWriter.put(",\"kind\":\"", at: at)
        }
        kind.writeJSONBody(to: &w)
        w.compactRun(upTo: 2) { JSONWriter.put("\"}", at: $0) }
    }

    /// One element of `sentences`.
    @inline(__always)
    static func sentence(_ w: inout JSONWriter, start: Int, end: Int) {
        guard !w.pretty, start >= 0, end >= 0 else { return sentenceByMember(&w, start: start, end: end) }
        w.compactElement(upTo: 56) { at in
            var at = JSONWriter.put("{", at: at)
            at = JSONWriter.put(start: start, end: end, at: at)
            return JSONWriter.put("}", at: at)
        }
    }

    /// One element of `quotes`; `mention`, `mentionStart` and `mentionEnd` are written (in
    /// the `speaker` object) only with a `speaker` name.
    static func quote<Text: JSONStringValue, Kind: JSONStringValue>(
        _ w: inout JSONWriter, text: Text, start: Int, end: Int, kind: Kind, paragraph: Int,
        speaker: String?, mention: Text?, mentionStart: Int, mentionEnd: Int,
        cue: Text?, cueStart: Int?, cueEnd: Int?, sieve: String?, confidence: Double?
    ) {
        guard !w.pretty, start >= 0, end >= 0, paragraph >= 0, mentionStart >= 0, mentionEnd >= 0,
              cueStart ?? 0 >= 0, cueEnd ?? 0 >= 0 else {
            return quoteByMember(&w, text: text, start: start, end: end, kind: kind, paragraph: paragraph, speaker: speaker,
                                 mention: mention, mentionStart: mentionStart, mentionEnd: mentionEnd,
                                 cue: cue, cueStart: cueStart, cueEnd: cueEnd, sieve: sieve, confidence: confidence)
        }
        textAndSpan(&w, text: text, start: start, end: end, then: ",\"kind\":\"")
        let spelledKind = kind.spelledInSource
        if spelledKind == nil { kind.writeJSONBody(to: &w) }
        let speaker = mention == nil ? nil : speaker
        w.compactRun(upTo: 64 + (spelledKind?.utf8CodeUnitCount ?? 0) + 16) { at in
            var at = at
            if let spelledKind { at = JSONWriter.put(spelled: spelledKind, at: at) }
            at = JSONWriter.put("\",\"paragraph\":", at: at)
            at = JSONWriter.put(paragraph, at: at)
            return JSONWriter.put(speaker == nil ? ",\"speaker\":null" : ",\"speaker\":{\"name\":\"", at: at)
        }
        if let speaker, let mention {
            w.stringBody(speaker)
            w.compactRun(upTo: 13) { JSONWriter.put("\",\"mention\":\"", at: $0) }
            mention.writeJSONBody(to: &w)
            w.compactRun(upTo: 80) { at in
                var at = JSONWriter.put("\",\"mention_start\":", at: at)
                at = JSONWriter.put(mentionStart, at: at)
                at = JSONWriter.put(",\"mention_end\":", at: at)
                at = JSONWriter.put(mentionEnd, at: at)
                return JSONWriter.put("}", at: at)
            }
        }
        if let cue {
            w.compactRun(upTo: 8) { JSONWriter.put(",\"cue\":\"", at: $0) }
            cue.writeJSONBody(to: &w)
            w.compactRun(upTo: 1) { JSONWriter.put("\"", at: $0) }
        } else {
            w.compactRun(upTo: 11) { JSONWriter.put(",\"cue\":null", at: $0) }
        }
        w.compactRun(upTo: 80) { at in
            var at = JSONWriter.put(",\"cue_start\":", at: at)
            at = JSONWriter.put(cueStart, at: at)
            at = JSONWriter.put(",\"cue_end\":", at: at)
            at = JSONWriter.put(cueEnd, at: at)
            return JSONWriter.put(sieve == nil ? ",\"sieve\":null" : ",\"sieve\":\"", at: at)
        }
        if let sieve {
            w.stringBody(sieve)
            w.compactRun(upTo: 1) { JSONWriter.put("\"", at: $0) }
        }
        if let confidence, let thousandths = JSONWriter.thousandths(confidence) {
            w.compactRun(upTo: 40) { at in
                let at = JSONWriter.put(thousandths: thousandths, at: JSONWriter.put(",\"confidence\":", at: at))
                return JSONWriter.put("}", at: at)
            }
        } else {
            w.member("confidence", confidence)
            w.compactRun(upTo: 1) { JSONWriter.put("}", at: $0) }
        }
    }

    /// Starts one element of `people`, `places` or `organizations`: its members, up to and
    /// including the opening of its `mentions` array. Its mentions follow (`mention`), then
    /// `endEntity`. (A closure writing the mentions captured the offset converter's arrays
    /// and the mentions, retained and released once per entity.)
    @inline(__always)
    static func beginEntity<Gender: JSONStringValue>(_ w: inout JSONWriter, name: String, canonical: String?, gender: Gender?,
                                                     roles: [String]?) {
        guard !w.pretty else {
            return beginEntityByMember(&w, name: name, canonical: canonical, gender: gender, roles: roles)
        }
        // Each string's closing quote goes out with the next key: `member` and `value` were
        // calls that copied the key with `memmove` and tested `pretty` and the comma again
        // (callgrind: some 200 instructions a member, 3,673 entities on the 168 PolNeAR
        // dev+test texts).
        w.compactElement(upTo: 9) { JSONWriter.put("{\"name\":\"", at: $0) }
        w.stringBody(name)
        if let canonical {
            w.compactRun(upTo: 15) { JSONWriter.put("\",\"canonical\":\"", at: $0) }
            w.stringBody(canonical)
        }
        if let gender, let spelled = gender.spelledInSource {
            w.compactRun(upTo: 12 + spelled.utf8CodeUnitCount + 16) {
                JSONWriter.put(spelled: spelled, at: JSONWriter.put("\",\"gender\":\"", at: $0))
            }
        } else if let gender {
            w.compactRun(upTo: 12) { JSONWriter.put("\",\"gender\":\"", at: $0) }
            gender.writeJSONBody(to: &w)
        }
        if let roles {
            w.compactRun(upTo: 11) { JSONWriter.put("\",\"roles\":[", at: $0) }
            for r in roles.indices {
                w.compactRun(upTo: 2) { at in
                    var at = at
                    if r > 0 { at.pointee = 0x2C; at += 1 }
                    at.pointee = 0x22
                    return at + 1
                }
                w.stringBody(roles[r])
                w.compactRun(upTo: 1) { JSONWriter.put("\"", at: $0) }
            }
            w.compactRun(upTo: 14) { JSONWriter.put("],\"mentions\":[", at: $0) }
        } else {
            w.compactRun(upTo: 14) { JSONWriter.put("\",\"mentions\":[", at: $0) }
        }
        w.needsComma = false
    }

    /// Ends an element of `people`, `places` or `organizations` started by `beginEntity`.
    @inline(__always)
    static func endEntity(_ w: inout JSONWriter) {
        guard !w.pretty else { return endEntityByMember(&w) }
        w.compactRun(upTo: 2) { JSONWriter.put("]}", at: $0) }
        w.needsComma = true
    }

    /// One mention of an entity.
    @inline(__always)
    static func mention<Text: JSONStringValue>(_ w: inout JSONWriter, text: Text, start: Int, end: Int) {
        guard !w.pretty, start >= 0, end >= 0 else { return mentionByMember(&w, text: text, start: start, end: end) }
        if let utf8 = text.shortUTF8, w.compactTextElement(utf8, start: start, end: end) { return }
        textAndSpan(&w, text: text, start: start, end: end, then: "}")
    }

    /// Compact only: opens an element of `quotes` or of an entity's `mentions` with its text
    /// and span (`{"text":"…","start":…,"end":…`), then writes `tail` in the same write as the
    /// span (the rest of a mention, the next key of a quote).
    @inline(__always)
    static func textAndSpan<Text: JSONStringValue>(_ w: inout JSONWriter, text: Text, start: Int, end: Int, then tail: StaticString) {
        w.compactElement(upTo: 9) { JSONWriter.put("{\"text\":\"", at: $0) }
        text.writeJSONBody(to: &w)
        w.compactRun(upTo: 55 + tail.utf8CodeUnitCount) { at in
            JSONWriter.put(tail, at: JSONWriter.put(start: start, end: end, at: JSONWriter.put("\",", at: at)))
        }
    }

    /// One element of `other_quoted`.
    static func otherQuoted<Text: JSONStringValue>(_ w: inout JSONWriter, text: Text, start: Int, end: Int, reason: String) {
        w.beginObject(); text.writeJSON(member: "text", to: &w); w.member("start", start); w.member("end", end)
        w.member("reason", reason); w.endObject()
    }
}

/// The records written member by member, through the writer's general calls: pretty output,
/// and compact records with a negative number (which the compact runs do not write).
extension ReportLayout {
    /// `paragraph`, member by member.
    static func paragraphByMember<Kind: JSONStringValue>(_ w: inout JSONWriter, start: Int, end: Int, kind: Kind) {
        w.beginObject(); w.member("start", start); w.member("end", end); kind.writeJSON(member: "kind", to: &w); w.endObject()
    }

    /// `sentence`, member by member.
    static func sentenceByMember(_ w: inout JSONWriter, start: Int, end: Int) {
        w.beginObject(); w.member("start", start); w.member("end", end); w.endObject()
    }

    /// `quote`, member by member.
    static func quoteByMember<Text: JSONStringValue, Kind: JSONStringValue>(
        _ w: inout JSONWriter, text: Text, start: Int, end: Int, kind: Kind, paragraph: Int,
        speaker: String?, mention: Text?, mentionStart: Int, mentionEnd: Int,
        cue: Text?, cueStart: Int?, cueEnd: Int?, sieve: String?, confidence: Double?
    ) {
        w.beginObject()
        text.writeJSON(member: "text", to: &w)
        w.member("start", start); w.member("end", end); kind.writeJSON(member: "kind", to: &w)
        w.member("paragraph", paragraph)
        w.key("speaker")
        if let speaker, let mention {
            w.beginObject()
            w.member("name", speaker); mention.writeJSON(member: "mention", to: &w)
            w.member("mention_start", mentionStart); w.member("mention_end", mentionEnd)
            w.endObject()
        } else { w.null() }
        if let cue { cue.writeJSON(member: "cue", to: &w) } else { w.key("cue"); w.null() }
        w.member("cue_start", cueStart); w.member("cue_end", cueEnd)
        w.member("sieve", sieve); w.member("confidence", confidence)
        w.endObject()
    }

    /// `beginEntity`, member by member.
    static func beginEntityByMember<Gender: JSONStringValue>(_ w: inout JSONWriter, name: String, canonical: String?,
                                                             gender: Gender?, roles: [String]?) {
        w.beginObject()
        w.member("name", name)
        if let canonical { w.member("canonical", canonical) }
        if let gender { gender.writeJSON(member: "gender", to: &w) }
        if let roles { w.key("roles"); w.beginArray(); for r in roles { w.value(r) }; w.endArray() }
        w.key("mentions"); w.beginArray()
    }

    /// `endEntity`, member by member.
    static func endEntityByMember(_ w: inout JSONWriter) {
        w.endArray(); w.endObject()
    }

    /// `mention`, member by member.
    static func mentionByMember<Text: JSONStringValue>(_ w: inout JSONWriter, text: Text, start: Int, end: Int) {
        w.beginObject(); text.writeJSON(member: "text", to: &w); w.member("start", start); w.member("end", end); w.endObject()
    }
}

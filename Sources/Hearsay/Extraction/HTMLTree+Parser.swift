import CLibXML2

/// libxml2's HTML parser driven for `HTMLTree`: the page is parsed as `htmlReadMemory` parses
/// it (the same context, options and encoding), but its events go to the tree's walk
/// (`startElement`, `endElement`, `characters`, ...) instead of to libxml2's tree builder.
///
/// Building libxml2's tree cost more than parsing: per element a node, its attributes as nodes
/// of their own and an ID table entry, per blank run between tags a check of the parent's
/// name against 37 names, then a walk of the whole tree and freeing it (callgrind, 181
/// scrapinghub pages: xmlSAX2StartElement 143 M, areBlanks 72 M, xmlSAX2Characters 41 M,
/// xmlFreeDoc 44 M instructions of 2,736 M). The walk reads the events in the order it read the
/// tree, and mirrors what the tree builder does beyond following them: text outside every
/// element is dropped, elements after the root joins it or are left out (`startElement`), and
/// the parse stops where the builder's depth limit would have stopped it.
extension HTMLTree {
    /// The attributes of a starting element as libxml2 hands them over: name and value
    /// pointers in turn, ending with a null name; a value is null for an attribute written
    /// without one. Names are lowercase ASCII and duplicates are already dropped.
    struct Attributes {
        let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

        /// Calls `body` with each attribute's name and value, in the page's order.
        func forEach(_ body: (UnsafePointer<xmlChar>, UnsafePointer<xmlChar>?) -> Void) {
            guard var pair = pairs else { return }
            while let name = pair[0] {
                body(name, pair[1])
                pair += 2
            }
        }

        /// The value of the first attribute named `name` ("" when written without a value), or
        /// nil when there is none: what `xmlGetProp` gives on libxml2's tree.
        func value(_ name: StaticString) -> String? {
            bytes(name).map { String(decoding: $0, as: UTF8.self) }
        }

        /// The UTF-8 bytes of `value(name)`, read in place.
        func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
            guard var pair = pairs else { return nil }
            let wanted = UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)
            while let attribute = pair[0] {
                if strcmp(UnsafeRawPointer(attribute).assumingMemoryBound(to: CChar.self), wanted) == 0 {
                    guard let value = pair[1] else { return UnsafeBufferPointer(start: nil, count: 0) }
                    return UnsafeBufferPointer(start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)))
                }
                pair += 2
            }
            return nil
        }
    }

    /// Parses `utf8` (`length` bytes, no NUL among them) with `options`, handing its events to
    /// this tree. The calling thread's arena holds libxml2's allocations (see `init(markup:prune:)`).
    mutating func parse(_ utf8: [UInt8], length: Int32, options: Int32) {
        utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                guard let context = xmlCreateMemoryParserCtxt(base, length) else { return }
                defer { xmlFreeParserCtxt(context) }
                context.pointee.sax.pointee = Self.events
                htmlCtxtUseOptions(context, options)
                context.pointee.html = 1
                // The input is UTF-8 whatever the page declares, as `htmlReadMemory` is told.
                if let handler = xmlFindCharEncodingHandler("UTF-8") {
                    _ = xmlSwitchToEncoding(context, handler)
                    if let input = context.pointee.input {
                        if let old = input.pointee.encoding { hs_xml_free(UnsafeMutableRawPointer(mutating: old)) }
                        input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
                    }
                }
                withUnsafeMutablePointer(to: &self) { tree in
                    context.pointee._private = UnsafeMutableRawPointer(tree)
                    _ = htmlParseDocument(context)
                }
                // No handler builds a document; freed should libxml2 ever make one anyway.
                if let document = context.pointee.myDoc {
                    xmlFreeDoc(document)
                    context.pointee.myDoc = nil
                }
            }
        }
    }

    /// The tree whose walk receives the events of the parse `context` points to (libxml2 passes
    /// each handler the context, its default user data).
    private static func tree(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTree>? {
        guard let context else { return nil }
        return context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private?.assumingMemoryBound(to: HTMLTree.self)
    }

    /// The handlers: a SAX1 table (`initialized` 1, as `htmlReadMemory` installs its own), with
    /// no document, entity or error handlers. (Made per page: a table of pointers costs nothing
    /// to fill, and a shared one would not be `Sendable`.)
    static var events: htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.initialized = 1
        handler.startElement = { context, name, attributes in
            guard let tree = HTMLTree.tree(context), let name else { return }
            if !tree.pointee.startElement(name, Attributes(pairs: attributes)) {
                xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
            }
        }
        handler.endElement = { context, _ in HTMLTree.tree(context)?.pointee.endElement() }
        handler.characters = { context, bytes, count in
            guard let bytes else { return }
            HTMLTree.tree(context)?.pointee.characters(bytes, Int(count))
        }
        handler.cdataBlock = { context, bytes, count in
            guard let bytes else { return }
            HTMLTree.tree(context)?.pointee.characters(bytes, Int(count))
        }
        handler.comment = { context, _ in HTMLTree.tree(context)?.pointee.documentNode() }
        handler.processingInstruction = { context, _, _ in HTMLTree.tree(context)?.pointee.documentNode() }
        handler.internalSubset = { context, _, _, _ in HTMLTree.tree(context)?.pointee.doctype() }
        return handler
    }
}

/// Options for a pipeline run.
public struct Configuration: Sendable {
    /// Also report reported speech without quotation marks (`X said that …`) as kind `indirect`.
    public var includeIndirect: Bool
    /// Limits for reading inputs.
    public var extraction: ArticleExtractor.Options

    public init(includeIndirect: Bool = false, extraction: ArticleExtractor.Options = .init()) {
        self.includeIndirect = includeIndirect
        self.extraction = extraction
    }
}

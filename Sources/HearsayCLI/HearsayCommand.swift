import ArgumentParser

/// The `hearsay` command: a thin layer over the Hearsay library.
@main
struct HearsayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearsay",
        abstract: "Who said what: quotes, speakers, people and places in news articles.",
        discussion: """
        Exit status: 0 when every input was analysed, 1 when some inputs failed (each has an error \
        record in the output), 64 for usage errors, 74 when the output cannot be written, 130 when \
        interrupted (SIGINT) before the end, with the output left uncommitted.
        """,
        subcommands: [AnalyzeCommand.self, ExtractCommand.self],
        defaultSubcommand: AnalyzeCommand.self
    )
}

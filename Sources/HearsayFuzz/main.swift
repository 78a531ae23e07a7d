import Foundation

// Built with -sanitize=fuzzer (Scripts/fuzz.sh), libFuzzer drives the target. Built plainly,
// the same executable replays inputs or mutates them at random (`StandaloneFuzzer`), for
// reproducing a crash in a debugger and for toolchains without libFuzzer.
#if HEARSAY_LIBFUZZER
exit(runLibFuzzer())
#else
exit(StandaloneFuzzer.main(Array(CommandLine.arguments.dropFirst())))
#endif

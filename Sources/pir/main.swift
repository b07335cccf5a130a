import PIRCommands
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(PIRCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))

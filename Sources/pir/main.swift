import PIRCommands
import Foundation

exit(PIRCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))

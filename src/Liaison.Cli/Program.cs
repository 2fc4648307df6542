using Liaison.Cli;
using Spectre.Console;

return LiaisonApp.Run(args, AnsiConsole.Console, TimeProvider.System);

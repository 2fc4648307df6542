using Liaison.Cli;
using Spectre.Console;

// The first Ctrl+C stops the search and keeps the best programme found so far; a second one ends the process.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    press.Cancel = !stop.IsCancellationRequested;
    stop.Cancel();
};
return LiaisonApp.Run(args, AnsiConsole.Console, Console.Error, TimeProvider.System, stop.Token);
